package io.agritrace.ui.internal.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;

import io.agritrace.core.text.Times;
import io.agritrace.service.Naming;
import io.agritrace.service.Quantities;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.RecallDrillRepository;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.TextColumns;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * The log of mock-recall drills, newest first: which lot, when, how long from
 * choosing it to exporting its recall list, and how much the list named.
 */
public final class RecallDrillsView extends ViewPart {

	public static final String ID = "io.agritrace.ui.views.recallDrills"; //$NON-NLS-1$

	/** The drills with their lots' names. */
	record Log(List<RecallDrillRepository.Drill> drills, Map<String, String> lots) {
	}

	private TableViewer viewer;
	private StoreReadJob<Log> reader;
	private Log log = new Log(List.of(), Map.of());
	private final EventHandler drilled = event -> reader.schedule();

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		TextColumns.<RecallDrillRepository.Drill>add(viewer, Messages.Drills_columnFinished, 130,
				d -> Times.format(d.finished(), WorkspaceZone.zone()));
		TextColumns.<RecallDrillRepository.Drill>add(viewer, Messages.Drills_columnLot, 220,
				d -> log.lots().getOrDefault(d.lot(), d.lot()));
		TextColumns.<RecallDrillRepository.Drill>add(viewer, Messages.Drills_columnDuration, 90, d -> Quantities.clock(d.duration()));
		TextColumns.<RecallDrillRepository.Drill>add(viewer, Messages.Drills_columnRecipients, 90,
				d -> Integer.toString(d.recipients()));
		TextColumns.<RecallDrillRepository.Drill>add(viewer, Messages.Drills_columnHolders, 80,
				d -> Integer.toString(d.parties()));
		TextColumns.<RecallDrillRepository.Drill>add(viewer, Messages.Drills_columnHeld, 110,
				d -> Quantities.of(d.heldKg(), "KGM", WorkbenchLanguage.current())); //$NON-NLS-1$
		reader = new StoreReadJob<>(Messages.Drills_reading, getSite().getService(WorkspaceStore.class), store -> {
			List<RecallDrillRepository.Drill> drills = store.drills().all();
			Map<String, String> lots = new HashMap<>();
			drills.forEach(d -> lots.computeIfAbsent(d.lot(), l -> new Naming(store, WorkbenchLanguage.current()).lot(l)));
			return new Log(drills, lots);
		}, viewer.getControl(), this::show);
		reader.schedule();
		getSite().getService(IEventBroker.class).subscribe(StoreTopics.DRILLS, drilled);
	}

	private void show(Log read) {
		log = read;
		viewer.setInput(read.drills());
	}

	int rows() {
		return viewer.getTable().getItemCount();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getService(IEventBroker.class).unsubscribe(drilled);
		reader.cancel();
		super.dispose();
	}
}
