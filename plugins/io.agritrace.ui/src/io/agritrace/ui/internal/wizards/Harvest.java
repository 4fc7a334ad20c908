package io.agritrace.ui.internal.wizards;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.ProductBatch;

/** A new lot and the harvesting event that brings it into being on its plot. */
record Harvest(ProductBatch batch, EpcisEvent event) {
}
