package io.agritrace.ui.internal.views;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import io.agritrace.charts.ui.DrawingCanvas;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditProfile;
import io.agritrace.service.CreditReports;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.ui.internal.InSight;

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

	/** Whether every formula is whole in its column: the column as wide as its longest text. */
	boolean formulasWhole() {
		Table indicators = table(1);
		GC gc = new GC(indicators);
		try {
			int widest = Arrays.stream(indicators.getItems()).mapToInt(i -> gc.textExtent(i.getText(CreditView.FORMULA)).x)
					.max().orElse(0);
			return indicators.getColumn(CreditView.FORMULA).getWidth() >= widest;
		} finally {
			gc.dispose();
		}
	}

	/** The ranking's and the records' columns narrower than a text of theirs: an organisation's name cut short. */
	List<String> columnsCut() {
		return Stream.of(table(0), table(2)).flatMap(t -> {
			GC gc = new GC(t);
			try {
				TableColumn[] columns = t.getColumns();
				return IntStream.range(0, columns.length)
						.filter(i -> Arrays.stream(t.getItems()).anyMatch(item -> gc.textExtent(item.getText(i)).x > columns[i].getWidth()))
						.mapToObj(i -> columns[i].getText()).toList().stream();
			} finally {
				gc.dispose();
			}
		}).toList();
	}

	/**
	 * The profile's heading and formula not shown whole, and the panes (ranking, indicators, records, months) that
	 * run past the view's right edge, as the profile and the chart did beside the navigator at 1280 wide.
	 */
	List<String> cut() {
		Label heading = Widgets.first(table(1).getParent(), Label.class, l -> true);
		Label formula = Widgets.next(heading, Label.class);
		List<Control> shownWhole = List.of(heading, formula);
		List<Control> panes = List.of(table(0), table(1), table(2), Widgets.first(Widgets.of(view), DrawingCanvas.class, c -> true));
		return Stream.concat(shownWhole.stream().filter(c -> !InSight.wholeAcross(c)), panes.stream().filter(c -> !InSight.across(c)))
				.map(c -> c + " at " + c.getBounds()).toList();
	}

	/** The months' chart, the indicators and the records where the screen shows them: none over another. */
	List<Rectangle> panes() {
		DrawingCanvas trend = Widgets.first(Widgets.of(view), DrawingCanvas.class, c -> true);
		return List.of(onScreen(trend), onScreen(table(1)), onScreen(table(2)), onScreen(table(0)));
	}

	private static Rectangle onScreen(Control control) {
		Rectangle bounds = control.getBounds();
		Point at = control.getParent().toDisplay(bounds.x, bounds.y);
		return new Rectangle(at.x, at.y, bounds.width, bounds.height);
	}

	/** The profile's heading, above its indicators: the organisation and its grade. */
	String heading() {
		return Widgets.first(table(1).getParent(), Label.class, l -> true).getText();
	}
}
