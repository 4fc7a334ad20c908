package io.agritrace.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.WizardPage;

import io.agritrace.store.TraceStore;
import io.agritrace.ui.WorkspaceStore;

/** How a wizard's Finish writes: off the UI thread, under the store's write rule, a refusal shown on the page. */
final class WizardWrites {

	private WizardWrites() {
	}

	/** @return whether the write succeeded; if not, the page says why in the rules' own words */
	static boolean write(IWizardContainer container, WizardPage page, WorkspaceStore store, Consumer<TraceStore> write) {
		try {
			container.run(true, false, monitor -> {
				Job.getJobManager().beginRule(WorkspaceStore.WRITE_RULE, monitor);
				try {
					write.accept(store.get());
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					Job.getJobManager().endRule(WorkspaceStore.WRITE_RULE);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage(Refusals.readable(e.getCause()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
