import { Component, type ReactNode } from 'react';
import { RecoveryScreen } from './recovery-screen';

interface Props {
  children: ReactNode;
  /** When it changes (the user went elsewhere), a failed screen gets another chance. */
  resetKey?: string;
}

/** Catches a render error, a failed lazy chunk or a bad route below it, and shows the recovery screen instead. */
export class ErrorBoundary extends Component<Props, { error: Error | null; resetKey: string | undefined }> {
  override state: { error: Error | null; resetKey: string | undefined } = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; resetKey: string | undefined }) {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render() {
    return this.state.error ? <RecoveryScreen error={this.state.error} /> : this.props.children;
  }
}

/** For a part the page can do without (a notice): if it fails, it is left out, and the rest of the page stays. */
export class OptionalPart extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
