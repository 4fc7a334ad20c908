package io.agritrace.ui.internal.wizards;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;

import io.agritrace.core.model.Party;
import io.agritrace.service.RecordingChoices;

/**
 * The Record Event wizard's first page: the organisation the event is
 * recorded for (proposed as the last one, else the workspace's own) and the
 * business step (proposed as the last one recorded), whose page follows.
 */
final class StepPage extends RecordPage<StepChoice> {

	static final String FIELD_ACTOR = "actor"; //$NON-NLS-1$
	static final String FIELD_STEP = "step"; //$NON-NLS-1$
	private static final String ABOUT = "about"; //$NON-NLS-1$

	private final EventStep proposedStep;
	private List<Party> parties = List.of();
	private Combo actor;
	private Combo step;
	private Label about;

	/** @param proposedStep the step recorded last time, or null */
	StepPage(EventStep proposedStep) {
		super("step", Messages.EventWizard_stepTitle, Messages.EventWizard_stepDescription); //$NON-NLS-1$
		this.proposedStep = proposedStep;
	}

	@Override
	protected void createFields(FieldGrid grid) {
		actor = grid.choice(FIELD_ACTOR, Messages.Field_actor, List.of());
		step = grid.choice(FIELD_STEP, Messages.Field_step, Arrays.stream(EventStep.values()).map(EventStep::label).toList());
		about = grid.shown(ABOUT, ""); //$NON-NLS-1$
		if (proposedStep != null) {
			fill(() -> step.select(proposedStep.ordinal()));
		}
	}

	/** @param proposedActor the organisation to propose (its URI), or null */
	void offer(RecordingChoices choices, String proposedActor) {
		parties = choices.parties();
		fill(() -> {
			actor.setItems(parties.stream().map(choices::name).toArray(String[]::new));
			for (int i = 0; i < parties.size(); i++) {
				if (parties.get(i).uri().equals(proposedActor)) {
					actor.select(i);
				}
			}
		});
		if (parties.isEmpty()) {
			setMessage(Messages.EventWizard_registerFirst, WARNING);
		}
	}

	@Override
	protected StepChoice read() {
		int chosenStep = step.getSelectionIndex();
		about.setText(chosenStep < 0 ? "" : EventStep.values()[chosenStep].description()); //$NON-NLS-1$
		about.getParent().layout();
		Party chosen = WizardChoices.chosen(actor, parties, FIELD_ACTOR, fields());
		return new StepChoice(chosen,
				WizardChoices.chosen(step, Arrays.asList(EventStep.values()), FIELD_STEP, fields()));
	}
}
