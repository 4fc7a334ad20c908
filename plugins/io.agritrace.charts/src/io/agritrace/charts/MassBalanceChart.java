package io.agritrace.charts;

import java.math.BigDecimal;
import java.text.DateFormat;
import java.text.NumberFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import io.agritrace.charts.internal.Texts;
import io.agritrace.core.trace.MassBalance;

/**
 * Each transformation's inputs beside its outputs in kg, the outputs' bar
 * labelled with the yield and the range typical of that step; a yield
 * outside it is labelled as implausible. Transformations counted in another
 * unit (head of cattle) have no bars.
 */
public final class MassBalanceChart {

	private MassBalanceChart() {
	}

	/**
	 * @param stepLabel the display name of a business step
	 * @param names     display names of places
	 */
	public static JFreeChart of(List<MassBalance> balances, Function<String, String> stepLabel,
			Function<String, String> names, ChartTheme theme, Locale locale) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		DateFormat day = theme.days();
		for (MassBalance balance : balances) {
			if (balance.inputKg() == null || balance.outputKg() == null) {
				continue;
			}
			String column = label(balance, stepLabel, names, day);
			dataset.addValue(balance.inputKg(), Texts.MassBalanceChart_inputs.text(locale), column);
			dataset.addValue(balance.outputKg(), Texts.MassBalanceChart_outputs.text(locale), column);
		}
		BarRenderer renderer = new BarRenderer();
		NumberFormat kg = NumberFormat.getIntegerInstance(locale);
		renderer.setDefaultToolTipGenerator(
				new StandardCategoryToolTipGenerator("{0} · {1}: {2} " + Texts.Unit_kg.text(locale), kg)); //$NON-NLS-1$
		renderer.setSeriesItemLabelGenerator(1, new YieldLabels(balances, stepLabel, names, day, locale));
		renderer.setSeriesItemLabelsVisible(1, true);
		renderer.setSeriesPositiveItemLabelPosition(1,
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
		renderer.setItemMargin(0.02);
		renderer.setMaximumBarWidth(0.12);
		NumberAxis mass = new NumberAxis(Texts.MassBalanceChart_kg.text(locale));
		mass.setNumberFormatOverride(kg);
		mass.setUpperMargin(0.2);
		CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), mass, renderer);
		JFreeChart chart = new JFreeChart(Texts.MassBalanceChart_title.text(locale), theme.title(), plot, true);
		theme.apply(chart);
		renderer.setSeriesPaint(0, ChartTheme.SKY_BLUE);
		renderer.setSeriesPaint(1, ChartTheme.BLUE);
		renderer.setShadowVisible(false);
		renderer.setDefaultItemLabelFont(theme.small());
		return chart;
	}

	/** "Milling 2026-11-03, Jilin mill": a transformation's column. */
	private static String label(MassBalance balance, Function<String, String> stepLabel, Function<String, String> names,
			DateFormat day) {
		return stepLabel.apply(balance.bizStep()) + " " + day.format(Date.from(balance.time())) + ", " //$NON-NLS-1$ //$NON-NLS-2$
				+ names.apply(balance.location());
	}

	/** The yield above the outputs' bar, with the typical range and a flag when outside it. */
	private static final class YieldLabels extends StandardCategoryItemLabelGenerator {
		private static final long serialVersionUID = 1L;
		private final transient List<MassBalance> balances;
		private final transient Function<String, String> stepLabel;
		private final transient Function<String, String> names;
		private final DateFormat day;
		private final Locale locale;

		YieldLabels(List<MassBalance> balances, Function<String, String> stepLabel, Function<String, String> names,
				DateFormat day, Locale locale) {
			this.balances = balances;
			this.stepLabel = stepLabel;
			this.names = names;
			this.day = day;
			this.locale = locale;
		}

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			Object key = dataset.getColumnKey(column);
			for (MassBalance balance : balances) {
				if (balance.inputKg() != null && balance.outputKg() != null
						&& label(balance, stepLabel, names, day).equals(key)) {
					return yieldText(balance, locale);
				}
			}
			return null;
		}
	}

	/**
	 * "70.0 % (typical 68–72 %)", "80.0 % — implausible (typical 68–72 %)", or
	 * the yield alone, in the language asked for.
	 */
	public static String yieldText(MassBalance balance, Locale locale) {
		BigDecimal percent = balance.yieldPercent().orElse(null);
		if (percent == null) {
			return Texts.MassBalanceChart_notMass.text(locale);
		}
		if (balance.typical() == null) {
			return Texts.MassBalanceChart_yield.text(locale, percent.toPlainString());
		}
		return (balance.implausible() ? Texts.MassBalanceChart_implausible : Texts.MassBalanceChart_typical).text(locale,
				percent.toPlainString(), balance.typical().range());
	}
}
