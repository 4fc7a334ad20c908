package io.agritrace.service;

import java.util.List;
import java.util.Map;

import io.agritrace.charts.ChartDrawing;
import io.agritrace.charts.JourneyMap;
import io.agritrace.charts.LineageDrawing;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.model.StorageBand;
import io.agritrace.core.trace.MassBalance;
import io.agritrace.core.trace.SensorSeries;

/**
 * A lot's provenance in pictures, built from its story: the lineage graph,
 * the custody timeline, the sensor chart, the journey map and the mass
 * balance, and the lists beside them.
 *
 * @param band       the lot's storage band, or null when its product has none
 * @param excursions the lot's temperatures outside that band
 * @param problems   the readings left out of the sensor chart
 * @param balances   every transformation of the lineage
 * @param batches    the registered lots of the lineage, which a double-click opens
 */
public record ProvenanceCharts(LineageDrawing lineage, ChartDrawing custody, ChartDrawing sensors, JourneyMap journey,
		ChartDrawing massBalance, StorageBand band, List<SensorSeries.Excursion> excursions,
		List<SensorSeries.Problem> problems, List<MassBalance> balances, Map<String, ProductBatch> batches,
		int lots) {
}
