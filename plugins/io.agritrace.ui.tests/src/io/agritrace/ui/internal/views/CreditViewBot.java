package io.agritrace.ui.internal.views;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import io.agritrace.charts.ui.DrawingCanvas;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditProfile;
import io.agritrace.service.CreditReports;
import io.agritrace.tests.harness.ui.Widgets;

/**
 * Window > Credit Profiles as a user reads it: the ranking, then the profile
 * of the organisation clicked (heading, indicators, months), then the records
 * behind the indicator clicked.
 */
final class CreditViewBot {

	private final CreditView view;

	private CreditViewBot(CreditView view) {
		this.view = view;
	}

	static CreditViewBot show(IWorkbenchPage page) {
		try {
			return new CreditViewBot((CreditView) page.showView(CreditView.ID, null, IWorkbenchPage.VIEW_ACTIVATE));
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}

	CreditView view() {
		return view;
	}

	/** The view's tables in reading order: the ranking, the indicators, the records. */
	private Table table(int index) {
		return Widgets.all(Widgets.of(view), Table.class).get(index);
	}

	/** The organisations ranked, as the ranking's rows show them. */
	List<CreditReports.Ranked> ranking() {
		return Arrays.stream(table(0).getItems()).map(TableItem::getData).map(CreditReports.Ranked.class::cast).toList();
	}

	/** Clicks the organisation's row: its profile is read and shown. */
	CreditViewBot choose(CreditReports.Ranked ranked) {
		Widgets.select(table(0), ranked);
		return this;
	}

	/** Clicks the indicator's row: the records behind it are read and shown. */
	CreditViewBot choose(CreditProfile.Score indicator) {
		Widgets.select(table(1), indicator);
		return this;
	}

	/** The value column of the indicator's row, as the profile shows it. */
	String indicatorValue(CreditPolicy.Indicator indicator) {
		return table(1).getItem(indicator.ordinal()).getText(1);
	}

	int indicatorRows() {
		return table(1).getItemCount();
	}

	int recordRows() {
		return table(2).getItemCount();
	}

	/** Whether the profile's months are drawn. */
	boolean showsTrend() {
		return Widgets.first(Widgets.of(view), DrawingCanvas.class, c -> true).drawing() != null;
	}

	/** The profile's heading, above its indicators: the organisation and its grade. */
	String heading() {
		return Widgets.first(table(1).getParent(), Label.class, l -> true).getText();
	}
}
