package io.agritrace.ui.internal.wizards;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * What the Record Event wizard proposes the next time it opens, kept in its
 * dialog settings: the last organisation and business step, the sites and
 * receiver it named by field, and whether the clerk records one event after
 * another. The organisation is the wizard's own memory: the workspace's own
 * organisation (a preference) stays as set.
 */
final class RecordingMemory {

	private static final String SECTION = "RecordEventWizard"; //$NON-NLS-1$
	private static final String ACTOR = "actor"; //$NON-NLS-1$
	private static final String STEP = "step"; //$NON-NLS-1$
	private static final String ANOTHER = "another"; //$NON-NLS-1$

	private final IDialogSettings settings;

	private RecordingMemory(IDialogSettings settings) {
		this.settings = settings;
	}

	/** The wizard's section of the UI bundle's dialog settings. */
	static RecordingMemory load() {
		IDialogSettings root = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(RecordingMemory.class))
				.getDialogSettings();
		IDialogSettings section = root.getSection(SECTION);
		return new RecordingMemory(section == null ? root.addNewSection(SECTION) : section);
	}

	/** The URI of the organisation recorded for last, or null. */
	String actor() {
		return settings.get(ACTOR);
	}

	void actor(String uri) {
		settings.put(ACTOR, uri);
	}

	/** The last step recorded, or null. */
	EventStep step() {
		String name = settings.get(STEP);
		for (EventStep step : EventStep.values()) {
			if (step.name().equals(name)) {
				return step;
			}
		}
		return null;
	}

	void step(EventStep step) {
		settings.put(STEP, step.name());
	}

	/** The URI the field of a step's page named last time, or null. */
	String uri(EventStep step, String field) {
		return settings.get(step.name() + '.' + field);
	}

	void uri(EventStep step, String field, String uri) {
		settings.put(step.name() + '.' + field, uri);
	}

	/** Whether Finish starts the next event rather than closing the wizard. */
	boolean another() {
		return settings.getBoolean(ANOTHER);
	}

	void another(boolean another) {
		settings.put(ANOTHER, another);
	}
}
