/** The version in use, as the backup screen and the recovery details show it: "0.1.0 (build 1a2b3c4)". */
export function appVersionText(): string {
  return `${__APP_VERSION__} (build ${__APP_BUILD__})`;
}
