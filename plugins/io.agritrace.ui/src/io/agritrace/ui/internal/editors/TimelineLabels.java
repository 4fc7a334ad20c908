package io.agritrace.ui.internal.editors;

import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.service.EventLabels;
import io.agritrace.service.LotStory;
import io.agritrace.service.StepNames;
import io.agritrace.ui.WorkbenchLanguage;

/** The timeline's columns: time, step (marked when corrected), disposition, place, who, quantity and hash ID. */
final class TimelineLabels extends LabelProvider implements ITableLabelProvider {

	private final LotStory model;

	TimelineLabels(LotStory model) {
		this.model = model;
	}

	@Override
	public String getColumnText(Object element, int column) {
		EpcisEvent e = (EpcisEvent) element;
		return switch (column) {
		case 0 -> EventLabels.time(e);
		case 1 -> step(e);
		case 2 -> StepNames.of(e.disposition(), WorkbenchLanguage.current());
		case 3 -> model.name(EventLabels.place(e));
		case 4 -> model.who(e);
		case 5 -> EventLabels.quantity(e, WorkbenchLanguage.current());
		default -> e.hashId().toString();
		};
	}

	private String step(EpcisEvent e) {
		String step = StepNames.of(e.bizStep(), WorkbenchLanguage.current());
		return model.trace().corrected().containsKey(e.hashId()) ? NLS.bind(Messages.Trace_corrected, step) : step;
	}

	@Override
	public Image getColumnImage(Object element, int column) {
		return null;
	}
}
