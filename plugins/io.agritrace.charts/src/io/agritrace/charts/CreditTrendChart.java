package io.agritrace.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import io.agritrace.charts.internal.Texts;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditProfile;

/**
 * An organisation's credit score month by month, each bar in its grade's
 * colour and labelled with the grade, over dashed lines at the policy's
 * grade thresholds. A month without a verified record has no bar.
 */
public final class CreditTrendChart {

	private CreditTrendChart() {
	}

	public static JFreeChart of(Map<YearMonth, CreditProfile> months, CreditPolicy policy, ChartTheme theme,
			Locale locale) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		months.forEach((month, profile) -> dataset.addValue(profile.score(), Texts.CreditTrendChart_score.text(locale),
				month.toString()));
		BarRenderer renderer = new BarRenderer() {
			private static final long serialVersionUID = 1L;

			@Override
			public Paint getItemPaint(int row, int column) {
				CreditProfile profile = months.get(YearMonth.parse((String) dataset.getColumnKey(column)));
				return profile.grade() == null ? ChartTheme.GRID : colour(profile.grade());
			}
		};
		renderer.setShadowVisible(false);
		renderer.setMaximumBarWidth(0.08);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
			private static final long serialVersionUID = 1L;

			@Override
			public String generateLabel(CategoryDataset data, int row, int column) {
				CreditProfile profile = months.get(YearMonth.parse((String) data.getColumnKey(column)));
				return profile.grade() == null ? "" : profile.grade().name() + " " + profile.score(); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
		renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2}", //$NON-NLS-1$
				NumberFormat.getIntegerInstance(locale)));
		NumberAxis score = new Headroom(Texts.CreditTrendChart_score.text(locale),
				ChartTheme.measure(theme.small(), "A 100").getHeight() + theme.size(8)); //$NON-NLS-1$
		score.setRange(0, 100);
		CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(Texts.CreditTrendChart_month.text(locale)), score,
				renderer);
		// The thresholds are dashed lines, named in the subtitle: labels at 90, 75 and 60 would overlap.
		for (int threshold : new int[] { policy.gradeA(), policy.gradeB(), policy.gradeC() }) {
			plot.addRangeMarker(new ValueMarker(threshold, ChartTheme.INK, new BasicStroke(1f, BasicStroke.CAP_BUTT,
					BasicStroke.JOIN_MITER, 1f, new float[] { 4f, 4f }, 0f)));
		}
		JFreeChart chart = new JFreeChart(Texts.CreditTrendChart_title.text(locale), theme.title(), plot, false);
		chart.addSubtitle(new TextTitle(
				Texts.CreditTrendChart_thresholds.text(locale, policy.gradeA(), policy.gradeB(), policy.gradeC()),
				theme.small()));
		theme.apply(chart);
		renderer.setDefaultItemLabelFont(theme.small());
		return chart;
	}

	/**
	 * A score axis that leaves a band of pixels above 100 for the grade over a
	 * full bar: a range past 100 left too little room in a short chart, and the
	 * label touched the frame.
	 */
	private static final class Headroom extends NumberAxis {
		private static final long serialVersionUID = 1L;
		private final double pixels;

		Headroom(String label, double pixels) {
			super(label);
			this.pixels = pixels;
		}

		@Override
		public double valueToJava2D(double value, Rectangle2D area, RectangleEdge edge) {
			return super.valueToJava2D(value, below(area), edge);
		}

		@Override
		public double java2DToValue(double java2DValue, Rectangle2D area, RectangleEdge edge) {
			return super.java2DToValue(java2DValue, below(area), edge);
		}

		private Rectangle2D below(Rectangle2D area) {
			double room = Math.min(pixels, area.getHeight() / 2);
			return new Rectangle2D.Double(area.getX(), area.getY() + room, area.getWidth(), area.getHeight() - room);
		}
	}

	/** A grade's colour, from the colour-blind-safe palette: green A to vermillion D. */
	public static Color colour(CreditProfile.Grade grade) {
		return switch (grade) {
		case A -> ChartTheme.GREEN;
		case B -> ChartTheme.SKY_BLUE;
		case C -> ChartTheme.ORANGE;
		case D -> ChartTheme.VERMILLION;
		};
	}
}
