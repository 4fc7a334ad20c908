package io.agritrace.store;

import java.util.Locale;

/** The kind of code a user's input was read as, named in the user's language. */
public enum CodeKind {
	/** The short code printed on a lot's label (追溯码), e.g. RXRD-G4J6-X9. */
	TRACE_CODE,
	/** A lot number (GS1 AI 10) alone, as the navigator shows it, e.g. MH2611-00012. */
	LOT_NUMBER,
	/** A GS1 Digital Link URI on any host, e.g. https://id.gs1.org/01/06901234000016/10/MH2611-00012. */
	DIGITAL_LINK,
	/** An EPC URI, e.g. urn:epc:class:lgtin:6901234.000001.MH2611-00012. */
	EPC_URI,
	/** A GTIN with a lot number: "06901234000016 MH2611-00012" or the element string (01)…(10)…. */
	GTIN_AND_LOT;

	/** The kind's name, e.g. "lot number" or "批号". */
	public String label(Locale language) {
		Texts name = switch (this) {
		case TRACE_CODE -> Texts.CodeKind_traceCode;
		case LOT_NUMBER -> Texts.CodeKind_lotNumber;
		case DIGITAL_LINK -> Texts.CodeKind_digitalLink;
		case EPC_URI -> Texts.CodeKind_epcUri;
		case GTIN_AND_LOT -> Texts.CodeKind_gtinAndLot;
		};
		return name.text(language);
	}
}
