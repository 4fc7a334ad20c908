package io.agritrace.ui.internal.wizards;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.PartyRef;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.text.Times;
import io.agritrace.core.trace.SensorReading;
import io.agritrace.core.trace.Timeline;
import io.agritrace.service.Naming;
import io.agritrace.service.Quantities;
import io.agritrace.service.StepNames;

/**
 * An event as a clerk reads it before storing it: the step, the lots and
 * quantities, who hands it to whom, the place and the time, by name in the
 * workbench's language, and whatever else the step's page asked (the
 * expected arrival, the data logger's readings, the case, the inspection's
 * result and report); the JSON-LD stays one click away.
 *
 * @param rows label and value, in reading order; rows the event has nothing for are left out
 */
record EventSummary(List<Row> rows) {

	/** One line of the summary. */
	record Row(String label, String value) {
	}

	static EventSummary of(EventRecord record, Naming naming, ZoneId zone) {
		EpcisEvent e = record.event();
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(Messages.Field_step, StepNames.of(BizSteps.shortName(e.bizStep()), naming.language())));
		List<QuantityElement> inputs = e.inputQuantities();
		List<QuantityElement> outputs = e.outputQuantities();
		if (inputs.isEmpty() && outputs.isEmpty()) {
			List<QuantityElement> objects = Stream.concat(e.quantities().stream(), e.childQuantities().stream()).toList();
			rows.add(new Row(Messages.Field_lot, lots(objects, naming)));
			rows.add(new Row(Messages.Field_quantity, quantities(objects, naming)));
		} else {
			rows.add(new Row(Messages.Field_lot, NLS.bind(Messages.Review_fromTo, lots(inputs, naming), lots(outputs, naming))));
			rows.add(new Row(Messages.Field_quantity,
					NLS.bind(Messages.Review_fromTo, quantities(inputs, naming), quantities(outputs, naming))));
		}
		if (!e.sources().isEmpty() || !e.destinations().isEmpty()) {
			rows.add(new Row(Messages.Review_handover, handover(e, naming)));
		}
		String place = e.bizLocation() != null ? e.bizLocation() : e.readPoint();
		if (place != null) {
			rows.add(new Row(Messages.Field_site, naming.location(place)));
		}
		rows.add(new Row(Messages.Field_time, Times.format(e.eventTime().atOffset(e.timeZone()), zone)));
		stepRows(record, naming, zone, rows);
		return new EventSummary(List.copyOf(rows));
	}

	/** What a wizard says once the event is stored: "Stored: Shipping of 3,000 kg MR2611-00014 at 2026-12-08 08:21." */
	String stored() {
		return NLS.bind(Messages.EventWizard_stored,
				new Object[] { value(Messages.Field_step), value(Messages.Field_quantity), value(Messages.Field_lot),
						value(Messages.Field_time) });
	}

	private String value(String label) {
		return rows.stream().filter(r -> r.label().equals(label)).map(Row::value).findFirst().orElse(""); //$NON-NLS-1$
	}

	/** What only some steps' pages ask, after the rows every event has. */
	private static void stepRows(EventRecord record, Naming naming, ZoneId zone, List<Row> rows) {
		EpcisEvent e = record.event();
		StepEvents.expectedArrival(e).ifPresent(at -> rows.add(new Row(Messages.Review_arrival, Times.format(at, zone))));
		// A data logger's row is one moment, whatever it measured then.
		long readings = new Timeline(List.of(e)).sensors().stream().map(SensorReading::time).distinct().count();
		if (readings > 0) {
			rows.add(new Row(Messages.Review_readings,
					readings == 1 ? Messages.Review_readingsOne : NLS.bind(Messages.Review_readingsMany, readings)));
		}
		if (e.parentId() != null) {
			// The case's SSCC as typed: the last segment of its Digital Link.
			rows.add(new Row(Messages.Field_sscc, e.parentId().substring(e.parentId().lastIndexOf('/') + 1)));
		}
		if (BizSteps.INSPECTING.equals(BizSteps.shortName(e.bizStep())) && e.disposition() != null) {
			rows.add(new Row(Messages.Field_result, StepNames.of(Identifiers.cbvShortName(e.disposition()), naming.language())));
		}
		if (record.report() != null) {
			rows.add(new Row(Messages.Field_report, record.report().file().getFileName().toString()));
		}
	}

	static String lots(List<QuantityElement> items, Naming naming) {
		return items.stream().map(q -> naming.lot(q.epcClass())).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	static String quantities(List<QuantityElement> items, Naming naming) {
		return items.stream().filter(q -> q.quantity() != null).map(q -> Quantities.of(q.quantity(), q.uom(), naming.language()))
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/** Who hands the event's lots to whom: "吉林米业 · 昌邑米业加工厂  →  …". */
	static String handover(EpcisEvent e, Naming naming) {
		return NLS.bind(Messages.Review_fromTo, holder(e.source(PartyRef.POSSESSING_PARTY), e.source(PartyRef.LOCATION), naming),
				holder(e.destination(PartyRef.POSSESSING_PARTY), e.destination(PartyRef.LOCATION), naming));
	}

	/** "吉林米业 · 昌邑米业加工厂": the party and its site, whichever are named. */
	private static String holder(String party, String site, Naming naming) {
		String who = naming.party(party);
		String where = naming.location(site);
		return who.isEmpty() || where.isEmpty() ? who + where : who + "  \u00b7  " + where; //$NON-NLS-1$
	}
}
