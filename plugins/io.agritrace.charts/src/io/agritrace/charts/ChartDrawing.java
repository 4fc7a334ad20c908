package io.agritrace.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;

/** A JFreeChart as a drawing: it fills the area it is given, and its items' tooltips show on hover. */
public final class ChartDrawing implements Drawing {

	private final JFreeChart chart;
	private final ChartRenderingInfo info = new ChartRenderingInfo();

	public ChartDrawing(JFreeChart chart) {
		this.chart = chart;
	}

	public JFreeChart chart() {
		return chart;
	}

	@Override
	public void draw(Graphics2D g, Rectangle2D area) {
		chart.draw(g, area, info);
	}

	@Override
	public String tooltipAt(double x, double y) {
		if (info.getEntityCollection() == null) {
			return null;
		}
		ChartEntity entity = info.getEntityCollection().getEntity(x, y);
		return entity == null ? null : entity.getToolTipText();
	}
}
