/**
 * The last line under the desk: a render error anywhere in it would otherwise leave a blank
 * window, and with it the open article's changes still waiting for their save. The boundary
 * sends them first (the saver outlives the editor that fed it) and then says, in the reader's
 * language, whether they reached the archive before it offers to reload.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { flushPendingSave } from '../../autosave/activeSaver';
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

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Called while the crashed tree's effects have not yet been cleaned up, so the open
    // article's saver is still the active one.
    console.error('Dabir stopped on a render error', error, info.componentStack);
    this.flush();
  }

  private readonly flush = (): void => {
    this.setState({ save: 'saving' });
    void flushPendingSave().then(
      (saved) => this.setState({ save: saved ? 'saved' : 'unsaved' }),
      () => this.setState({ save: 'unsaved' }),
    );
  };

  override render(): ReactNode {
    if (!this.state.crashed) return this.props.children;
    return <CrashScreen save={this.state.save} onRetrySave={this.flush} onReload={() => window.location.reload()} />;
  }
}
