/**
 * The last line under the desk: a render error anywhere in it would otherwise leave a blank
 * window, and with it the open article's changes still waiting for their save. The boundary
 * sends them first (the saver outlives the editor that fed it) and then says, in the reader's
 * language, whether they reached the archive before it offers to reload.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { ArticleSaver } from '../../autosave/ArticleSaver';
import { activeSaver } from '../../autosave/activeSaver';
import { CrashScreen, type CrashSave } from './CrashScreen';

interface RootErrorBoundaryState {
  crashed: boolean;
  save: CrashSave;
}

export class RootErrorBoundary extends Component<{ children: ReactNode }, RootErrorBoundaryState> {
  override state: RootErrorBoundaryState = { crashed: false, save: 'saving' };

  static getDerivedStateFromError(): Partial<RootErrorBoundaryState> {
    return { crashed: true, save: 'saving' };
  }

  /**
   * The open article's saver, held from the crash on: the crashed workspace's cleanup lets go
   * of it as the active one, but its unsaved changes are still in it, for «save again».
   */
  private saver: ArticleSaver | null = null;

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Called before the crashed tree's effects are cleaned up, so the open article's saver is
    // still the active one.
    this.saver = activeSaver();
    console.error('Dabir stopped on a render error', error, info.componentStack);
    this.flush();
  }

  private readonly flush = (): void => {
    this.setState({ save: 'saving' });
    void (this.saver ? this.saver.flush() : Promise.resolve(true)).then(
      (saved) => this.setState({ save: saved ? 'saved' : 'unsaved' }),
      () => this.setState({ save: 'unsaved' }),
    );
  };

  override render(): ReactNode {
    if (!this.state.crashed) return this.props.children;
    return <CrashScreen save={this.state.save} onRetrySave={this.flush} onReload={() => window.location.reload()} />;
  }
}
