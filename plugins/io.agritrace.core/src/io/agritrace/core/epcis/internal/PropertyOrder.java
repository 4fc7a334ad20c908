package io.agritrace.core.epcis.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The canonical property order of the CBV 2.0 Event Hash ID (rule 6): which
 * elements come in which order, and in which order their children come.
 *
 * @param name     element name
 * @param children order of its children, or empty when they are not ordered
 */
record PropertyOrder(String name, List<PropertyOrder> children) {

	private static PropertyOrder leaf(String name) {
		return new PropertyOrder(name, List.of());
	}

	private static PropertyOrder of(String name, PropertyOrder... children) {
		return new PropertyOrder(name, List.of(children));
	}

	private static PropertyOrder leaves(String name, String... children) {
		return new PropertyOrder(name, Arrays.stream(children).map(PropertyOrder::leaf).toList());
	}

	private static final PropertyOrder QUANTITY_ELEMENT = leaves("quantityElement", "epcClass", //$NON-NLS-1$ //$NON-NLS-2$
			"quantity", "uom"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final PropertyOrder EPC = leaf("epc"); //$NON-NLS-1$

	/**
	 * The event-level order. Business transactions, sources and destinations are
	 * not in it: they follow with the remaining elements, each entry as type
	 * then value, as the GS1 reference implementation orders them.
	 */
	static final List<PropertyOrder> EVENT = List.of( //
			leaf("eventTime"), //$NON-NLS-1$
			leaf("eventTimeZoneOffset"), //$NON-NLS-1$
			leaf("certificationInfo"), //$NON-NLS-1$
			of("epcList", EPC), //$NON-NLS-1$
			leaf("parentID"), //$NON-NLS-1$
			of("inputEPCList", EPC), //$NON-NLS-1$
			of("childEPCs", EPC), //$NON-NLS-1$
			of("quantityList", QUANTITY_ELEMENT), //$NON-NLS-1$
			of("childQuantityList", QUANTITY_ELEMENT), //$NON-NLS-1$
			of("inputQuantityList", QUANTITY_ELEMENT), //$NON-NLS-1$
			of("outputEPCList", EPC), //$NON-NLS-1$
			of("outputQuantityList", QUANTITY_ELEMENT), //$NON-NLS-1$
			leaf("action"), //$NON-NLS-1$
			leaf("transformationID"), //$NON-NLS-1$
			leaf("bizStep"), //$NON-NLS-1$
			leaf("disposition"), //$NON-NLS-1$
			leaves("persistentDisposition", "set", "unset"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			leaves("readPoint", "id"), //$NON-NLS-1$ //$NON-NLS-2$
			leaves("bizLocation", "id"), //$NON-NLS-1$ //$NON-NLS-2$
			of("sensorElementList", of("sensorElement", //$NON-NLS-1$ //$NON-NLS-2$
					leaves("sensorMetadata", "time", "startTime", "endTime", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							"deviceID", "deviceMetadata", "rawData", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							"dataProcessingMethod", "bizRules"), //$NON-NLS-1$ //$NON-NLS-2$
					leaves("sensorReport", "type", "exception", "deviceID", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							"deviceMetadata", "rawData", //$NON-NLS-1$ //$NON-NLS-2$
							"dataProcessingMethod", "time", "microorganism", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							"chemicalSubstance", "value", "component", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							"stringValue", "booleanValue", "hexBinaryValue", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							"uriValue", "minValue", "maxValue", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							"meanValue", "sDev", "percRank", "percValue", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							"uom", "coordinateReferenceSystem")))); //$NON-NLS-1$ //$NON-NLS-2$
}
