package io.agritrace.cli.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.Gs1CheckDigit;
import io.agritrace.core.model.Gtin;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.model.Uscc;
import io.agritrace.core.model.ValidationException;
import io.agritrace.store.TraceStore;

/**
 * {@code register party|location|product|batch --field value ...}: master data
 * and batches, every identifier checked (USCC, GLN, GTIN check characters).
 */
final class RegisterCommand implements CliCommand {

	private static final Set<String> FIELDS = Set.of("--uscc", "--gln", "--name-zh", "--name-en", "--role", "--county", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"--division", "--lat", "--lon", "--gtin", "--category", "--lot", "--product", "--quantity", "--unit", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"--harvest", "--origin"); //$NON-NLS-1$ //$NON-NLS-2$

	@Override
	public String name() {
		return "register"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Register_summary;
	}

	@Override
	public int run(List<String> arguments, CliContext context) {
		Arguments args = new Arguments(name(), arguments, Set.of(), FIELDS, 1);
		try (TraceStore store = context.openStore()) {
			String registered = switch (args.positional(0)) {
			case "party" -> { //$NON-NLS-1$
				String uscc = Uscc.validate("uscc", required(args, "--uscc")); //$NON-NLS-1$ //$NON-NLS-2$
				String gln = gln(args.option("--gln", null)); //$NON-NLS-1$
				String uri = gln != null ? "https://id.gs1.org/417/" + gln : "urn:agritrace:party:" + uscc; //$NON-NLS-1$ //$NON-NLS-2$
				store.masterData().register(List.of(new Party(uri, uscc, gln, required(args, "--name-zh"), //$NON-NLS-1$
						args.option("--name-en", null), required(args, "--role"), args.option("--county", null), false)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						List.of(), List.of());
				yield uri;
			}
			case "location" -> { //$NON-NLS-1$
				String uri = "https://id.gs1.org/414/" + gln(required(args, "--gln")); //$NON-NLS-1$ //$NON-NLS-2$
				store.masterData().register(List.of(), List.of(new Location(uri, args.option("--division", null), //$NON-NLS-1$
						required(args, "--name-zh"), args.option("--name-en", null), number(args, "--lat"), number(args, "--lon"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						false)), List.of());
				yield uri;
			}
			case "product" -> { //$NON-NLS-1$
				String gtin = Gtin.parse("gtin", required(args, "--gtin")).toString(); //$NON-NLS-1$ //$NON-NLS-2$
				store.masterData().register(List.of(), List.of(), List.of(new Product(gtin, required(args, "--name-zh"), //$NON-NLS-1$
						args.option("--name-en", null), args.option("--category", null), false))); //$NON-NLS-1$ //$NON-NLS-2$
				yield gtin;
			}
			case "batch" -> { //$NON-NLS-1$
				ProductBatch batch = new BatchValidator(Clock.systemDefaultZone()).validate(required(args, "--gtin"), //$NON-NLS-1$
						required(args, "--lot"), required(args, "--product"), decimal(args, "--quantity"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						required(args, "--unit"), date(args, "--harvest"), required(args, "--origin")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				store.batches().saveAll(List.of(batch));
				yield batch.code() + "  " + batch.traceCode(); //$NON-NLS-1$
			}
			default -> throw new Arguments.UsageException(NLS.bind(Messages.Register_kinds, args.positional(0)));
			};
			context.out().println(registered);
		}
		return CliContext.OK;
	}

	private static String required(Arguments args, String option) {
		String value = args.option(option, null);
		if (value == null || value.isBlank()) {
			throw new ValidationException(option.substring(2), "", NLS.bind(Messages.Register_required, option)); //$NON-NLS-1$
		}
		return value;
	}

	/** A 13-digit GLN with a correct check digit, or null when none is given. */
	private static String gln(String value) {
		if (value == null) {
			return null;
		}
		if (!value.matches("\\d{13}") || Gs1CheckDigit.of(value.substring(0, 12)) != value.charAt(12)) { //$NON-NLS-1$
			throw new ValidationException("gln", value, NLS.bind(Messages.Register_badGln, value)); //$NON-NLS-1$
		}
		return value;
	}

	private static Double number(Arguments args, String option) {
		String value = args.option(option, null);
		try {
			return value == null ? null : Double.valueOf(value);
		} catch (NumberFormatException e) {
			throw new ValidationException(option.substring(2), value, NLS.bind(Messages.Register_notNumber, option, value));
		}
	}

	private static BigDecimal decimal(Arguments args, String option) {
		String value = required(args, option);
		try {
			return new BigDecimal(value);
		} catch (NumberFormatException e) {
			throw new ValidationException(option.substring(2), value, NLS.bind(Messages.Register_notNumber, option, value));
		}
	}

	private static LocalDate date(Arguments args, String option) {
		String value = required(args, option);
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new ValidationException(option.substring(2), value, NLS.bind(Messages.Register_notDate, option, value));
		}
	}
}
