package io.agritrace.core.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.Certificate;
import io.agritrace.core.model.MasterDataValidator;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.model.ValidationException;

/**
 * CSV files of parties or batches, recognised by their header line. Every row
 * is checked; the result holds the good rows and, per bad row, what is wrong.
 *
 * <pre>
 * parties: uscc,gln,name_zh,name_en,role,county[,contact]
 * batches: gtin,lot,product,quantity,unit,harvest_date,origin[,certifications][,producer]
 * </pre>
 *
 * certifications: separated by ";", each a label (green_food, organic, gi) or a
 * label with its certificate, LABEL:NUMBER:FROM:UNTIL (gi:AGI01234:2024-01-01:2028-12-31);
 * producer: the producing organisation's GLN.
 */
public final class MasterDataCsv {

	/** What a CSV file held. */
	public record Result(List<Party> parties, List<ProductBatch> batches, List<RowError> errors) {
	}

	private static final List<String> PARTY_COLUMNS = List.of("uscc", "gln", "name_zh", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"name_en", "role", "county"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final List<String> BATCH_COLUMNS = List.of("gtin", "lot", "product", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"quantity", "unit", //$NON-NLS-1$ //$NON-NLS-2$
			"harvest_date", "origin"); //$NON-NLS-1$ //$NON-NLS-2$

	private MasterDataCsv() {
	}

	/** Whether an import reads the file as parties or batches (by its .csv name) rather than as EPCIS. */
	public static boolean isCsv(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"); //$NON-NLS-1$
	}

	public static Result read(BufferedReader in, Clock clock) throws IOException {
		List<String> header = CsvRows.next(in);
		if (header == null || !(header.containsAll(PARTY_COLUMNS) || header.containsAll(BATCH_COLUMNS))) {
			throw new ValidationException("header", String.valueOf(header), //$NON-NLS-1$
					Texts.Csv_header.with(PARTY_COLUMNS, BATCH_COLUMNS));
		}
		MasterDataValidator parties = header.containsAll(PARTY_COLUMNS) ? new MasterDataValidator() : null;
		BatchValidator validator = new BatchValidator(clock);
		List<Party> partyRows = new ArrayList<>();
		List<ProductBatch> batchRows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		CsvRows.records(in, header, errors, (line, row) -> {
			if (parties != null) {
				partyRows.add(party(row, parties));
			} else {
				batchRows.add(batch(row, validator));
			}
		});
		return new Result(partyRows, batchRows, errors);
	}

	private static Party party(Map<String, String> row, MasterDataValidator validator) {
		return validator.party(row.get("uscc"), row.get("gln"), row.get("name_zh"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				row.get("name_en"), //$NON-NLS-1$
				row.get("role"), row.get("county"), row.get("contact")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static ProductBatch batch(Map<String, String> row, BatchValidator validator) {
		BigDecimal quantity;
		String quantityText = required(row, "quantity"); //$NON-NLS-1$
		try {
			quantity = new BigDecimal(quantityText);
		} catch (NumberFormatException e) {
			throw new ValidationException("quantity", quantityText, Texts.Csv_notNumber.with(quantityText)); //$NON-NLS-1$
		}
		LocalDate harvest;
		String harvestText = required(row, "harvest_date"); //$NON-NLS-1$
		try {
			harvest = LocalDate.parse(harvestText);
		} catch (DateTimeParseException e) {
			throw new ValidationException("harvest_date", harvestText, Texts.Csv_notDate.with(harvestText)); //$NON-NLS-1$
		}
		return validator.validate(row.get("gtin"), row.get("lot"), row.get("product"), quantity, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				row.get("unit"), //$NON-NLS-1$
				harvest, row.get("origin")) //$NON-NLS-1$
				.withProducer(validator.producer(row.get("producer"))) //$NON-NLS-1$
				.withCertificates(Certificate.parseAll("certifications", row.get("certifications"), harvest)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String required(Map<String, String> row, String column) {
		String value = blankToNull(row.get(column));
		if (value == null) {
			throw new ValidationException(column, "", Texts.Csv_required.with(column)); //$NON-NLS-1$
		}
		return value;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
