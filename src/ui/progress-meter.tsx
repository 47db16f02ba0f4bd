/** "12 of 28" with a bar; the numbers are the accessible value, the bar is decoration. Its styles (progress-meter.css) come with the stylesheets of the screens that show it. */
export function ProgressMeter({ rated, total, label, text }: { rated: number; total: number; label: string; text: string }) {
  const share = total === 0 ? 0 : Math.round((rated / total) * 100);
  return (
    <div className="progress-meter">
      <progress className="progress-meter__bar" max={total} value={rated} aria-label={label} aria-valuetext={text} />
      <span className="progress-meter__text" aria-hidden="true">
        {text} · {share}%
      </span>
    </div>
  );
}
