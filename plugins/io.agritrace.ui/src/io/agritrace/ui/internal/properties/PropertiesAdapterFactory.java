package io.agritrace.ui.internal.properties;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.PartyRef;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.PartyRole;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.text.Times;
import io.agritrace.service.BatchListing;
import io.agritrace.service.Categories;
import io.agritrace.service.Quantities;
import io.agritrace.service.StepNames;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.internal.CommonMessages;

/** The Properties view's pages for a batch, an event, a party, a location and a product, wherever one is selected. */
public final class PropertiesAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IPropertySource.class) {
			return null;
		}
		return adapterType.cast(switch (adaptable) {
		case ProductBatch batch -> of(batch);
		case EpcisEvent event -> of(event);
		case Party party -> of(party);
		case Location location -> of(location, UnaryOperator.identity());
		case Product product -> of(product);
		default -> null;
		});
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}

	static IPropertySource of(ProductBatch b) {
		return of(b, b.productName(), b.producer());
	}

	/**
	 * A batch as the navigator lists it: its product and producer by name in
	 * the workbench's language, and who holds it now, which the navigator read
	 * from the store.
	 */
	public static IPropertySource ofListed(ProductBatch b, BatchListing.Facts listed) {
		if (listed == null) {
			return of(b);
		}
		return of(b, listed.product(), listed.producer().isEmpty() ? b.producer() : listed.producer())
				.add(Messages.Properties_holders, String.join(Messages.Properties_holderSeparator, listed.holders()));
	}

	private static FieldsPropertySource of(ProductBatch b, String product, String producer) {
		return new FieldsPropertySource(Messages.Properties_batch).add(CommonMessages.BatchEditor_product, product)
				.add(CommonMessages.BatchEditor_lot, b.lot()).add(CommonMessages.BatchEditor_gtin, b.gtin())
				.add(CommonMessages.BatchEditor_quantity, Quantities.of(b.quantity(), b.unit(), WorkbenchLanguage.current()))
				.add(CommonMessages.BatchEditor_harvest, b.harvestDate())
				.add(CommonMessages.BatchEditor_origin, division(b.originDivision()))
				.add(CommonMessages.Field_producer, producer)
				.add(CommonMessages.BatchEditor_traceCode, b.traceCode()).add(CommonMessages.BatchEditor_code, b.code())
				.add(Messages.BatchEditor_certifications,
						b.certificates().stream().map(c -> c.describe(WorkbenchLanguage.current()))
								.collect(Collectors.joining("; "))); //$NON-NLS-1$
	}

	static FieldsPropertySource of(Party p) {
		return new FieldsPropertySource(Messages.Properties_party).add(CommonMessages.Field_nameZh, p.nameZh())
				.add(CommonMessages.Field_nameEn, p.nameEn())
				.add(CommonMessages.Field_role, PartyRole.labelOf(p.role(), WorkbenchLanguage.current()))
				.add(CommonMessages.Field_uscc, p.uscc()).add(CommonMessages.Field_gln, p.gln())
				.add(CommonMessages.Field_county, p.county() == null ? null : division(p.county()))
				.add(CommonMessages.Field_contact, p.contact())
				.add(Messages.Properties_uri, p.uri()).add(Messages.Properties_registered, external(p.external()));
	}

	static FieldsPropertySource of(Location l, UnaryOperator<String> partyNames) {
		return new FieldsPropertySource(Messages.Properties_location).add(CommonMessages.Field_nameZh, l.nameZh())
				.add(CommonMessages.Field_nameEn, l.nameEn()).add(CommonMessages.Field_county, division(l.division()))
				.add(CommonMessages.Field_latitude, l.latitude()).add(CommonMessages.Field_longitude, l.longitude())
				.add(CommonMessages.Field_operator, l.operator() == null ? null : partyNames.apply(l.operator()))
				.add(Messages.Properties_uri, l.uri()).add(Messages.Properties_registered, external(l.external()));
	}

	static FieldsPropertySource of(Product p) {
		return new FieldsPropertySource(Messages.Properties_product).add(CommonMessages.Field_nameZh, p.nameZh())
				.add(CommonMessages.Field_nameEn, p.nameEn()).add(CommonMessages.Field_gtin, p.gtin())
				.add(CommonMessages.Field_category, Categories.name(p.category(), WorkbenchLanguage.current()))
				.add(CommonMessages.Field_unit, p.unit() == null ? null : Quantities.unitName(p.unit(), WorkbenchLanguage.current()))
				.add(CommonMessages.Field_storageBand, p.storageBand() == null ? null : p.storageBand().label(WorkbenchLanguage.current()))
				.add(Messages.Properties_registered, external(p.external()));
	}

	/**
	 * A registered record's fields and whether new records are offered it,
	 * which the view listing it knows from the store, as it knows the names of
	 * the parties that run sites.
	 */
	public static IPropertySource ofMasterData(Object record, boolean active, UnaryOperator<String> partyNames) {
		FieldsPropertySource fields = switch (record) {
		case Party party -> of(party);
		case Location location -> of(location, partyNames);
		case Product product -> of(product);
		default -> null;
		};
		return fields == null ? null
				: fields.add(Messages.Properties_active, active ? Messages.Properties_activeYes : Messages.Properties_activeNo);
	}

	private static String division(String code) {
		return Divisions.withCode(code, WorkbenchLanguage.current());
	}

	/** Parties and the like that only an imported document named are not vouched for. */
	private static String external(boolean external) {
		return external ? Messages.Properties_onlyImported : Messages.Properties_registeredHere;
	}

	static IPropertySource of(EpcisEvent e) {
		return new FieldsPropertySource(Messages.Properties_event).add(Messages.Properties_type, e.type())
				.add(CommonMessages.Trace_columnTime, Times.format(e.eventTime().atOffset(e.timeZone()), WorkspaceZone.zone()))
				.add(CommonMessages.Trace_columnStep, StepNames.of(e.bizStep(), WorkbenchLanguage.current()))
				.add(CommonMessages.Trace_columnDisposition, StepNames.of(e.disposition(), WorkbenchLanguage.current()))
				.add(Messages.Properties_readPoint, e.readPoint()).add(Messages.Properties_bizLocation, e.bizLocation())
				.add(Messages.Properties_from, e.source(PartyRef.POSSESSING_PARTY))
				.add(Messages.Properties_to, e.destination(PartyRef.POSSESSING_PARTY))
				.add(Messages.Properties_quantities, quantities(e)).add(CommonMessages.Trace_columnHash, e.hashId());
	}

	private static String quantities(EpcisEvent e) {
		return Stream.of(e.quantities(), e.inputQuantities(), e.outputQuantities(), e.childQuantities())
				.flatMap(List::stream).map(PropertiesAdapterFactory::quantity)
				.collect(Collectors.joining("; ")); //$NON-NLS-1$
	}

	private static String quantity(QuantityElement q) {
		return q.epcClass() + "  " + Quantities.of(q.quantity(), q.uom(), WorkbenchLanguage.current()); //$NON-NLS-1$
	}
}
