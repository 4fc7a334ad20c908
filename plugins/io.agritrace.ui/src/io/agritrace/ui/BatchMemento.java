package io.agritrace.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

import io.agritrace.core.model.Certificate;
import io.agritrace.core.model.Gtin;
import io.agritrace.core.model.ProductBatch;

/**
 * Keeps an open Batch editor's batch in the workbench's memento, and makes
 * its input again on the next start ({@value #FACTORY_ID}). A registered
 * batch never changes (its events do), so its fields are kept whole and the
 * editor reopens without waiting for the store.
 */
public final class BatchMemento implements IPersistableElement, IElementFactory {

	/** The element factory in plugin.xml. */
	public static final String FACTORY_ID = "io.agritrace.ui.batchEditorInputFactory"; //$NON-NLS-1$
	private static final String GTIN = "gtin"; //$NON-NLS-1$
	private static final String LOT = "lot"; //$NON-NLS-1$
	private static final String PRODUCT = "product"; //$NON-NLS-1$
	private static final String QUANTITY = "quantity"; //$NON-NLS-1$
	private static final String UNIT = "unit"; //$NON-NLS-1$
	private static final String HARVEST = "harvest"; //$NON-NLS-1$
	private static final String ORIGIN = "origin"; //$NON-NLS-1$
	private static final String CERTIFICATIONS = "certifications"; //$NON-NLS-1$
	private static final String PRODUCER = "producer"; //$NON-NLS-1$

	private final ProductBatch batch;

	/** The factory, as the workbench creates it. */
	public BatchMemento() {
		this(null);
	}

	BatchMemento(ProductBatch batch) {
		this.batch = batch;
	}

	@Override
	public String getFactoryId() {
		return FACTORY_ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(GTIN, batch.gtin().toString());
		memento.putString(LOT, batch.lot());
		memento.putString(PRODUCT, batch.productName());
		memento.putString(QUANTITY, batch.quantity().toPlainString());
		memento.putString(UNIT, batch.unit());
		memento.putString(HARVEST, batch.harvestDate().toString());
		memento.putString(ORIGIN, batch.originDivision());
		memento.putString(PRODUCER, batch.producer());
		memento.putString(CERTIFICATIONS,
				batch.certificates().stream().map(Certificate::code).collect(Collectors.joining(Certificate.SEPARATOR)));
	}

	/** The input again, or null (no editor) when the memento is not one this class wrote. */
	@Override
	public IAdaptable createElement(IMemento memento) {
		try {
			return new BatchEditorInput(new ProductBatch(Gtin.parse(GTIN, memento.getString(GTIN)),
					memento.getString(LOT), memento.getString(PRODUCT), new BigDecimal(memento.getString(QUANTITY)),
					memento.getString(UNIT), LocalDate.parse(memento.getString(HARVEST)), memento.getString(ORIGIN),
					memento.getString(PRODUCER), Certificate.parseAll(CERTIFICATIONS, memento.getString(CERTIFICATIONS), null)));
		} catch (RuntimeException e) {
			return null;
		}
	}
}
