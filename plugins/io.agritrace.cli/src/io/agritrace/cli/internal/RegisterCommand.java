package io.agritrace.cli.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.Certificate;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.MasterDataValidator;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.service.MasterDataEditor;
import io.agritrace.store.TraceStore;

/**
 * {@code register party|location|product|batch --field value ...}: master data
 * and batches, every identifier checked (USCC, GLN, GTIN check characters).
 */
final class RegisterCommand implements CliCommand {

	private static final Set<String> FIELDS = Set.of("--uscc", "--gln", "--name-zh", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"--name-en", "--role", "--county", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"--division", "--lat", "--lon", "--gtin", "--category", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"--lot", "--product", "--quantity", "--unit", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"--harvest", "--origin", "--certificates", "--storage-band", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"--producer", "--contact", "--operator"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** Errors name the options, as the user typed them. */
	private static final MasterDataValidator MASTER_DATA = new MasterDataValidator(RegisterCommand::option);
	private static final Map<String, String> BATCH_OPTIONS = Map.of(BatchValidator.FIELD_PRODUCT, "--product", //$NON-NLS-1$
			BatchValidator.FIELD_HARVEST_DATE, "--harvest", BatchValidator.FIELD_ORIGIN, "--origin"); //$NON-NLS-1$ //$NON-NLS-2$

	/** The option that fills a validator's field: name_zh is --name-zh. */
	static String option(String field) {
		return BATCH_OPTIONS.getOrDefault(field, "--" + field.replace('_', '-')); //$NON-NLS-1$
	}

	@Override
	public String name() {
		return "register"; //$NON-NLS-1$
	}

	@Override
	public String help(Locale language) {
		return summary(language) + '\n' + Texts.Register_fields.text(language);
	}

	@Override
	public String summary(Locale language) {
		return Texts.Register_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) {
		Arguments args = new Arguments(name(), arguments, Set.of(), FIELDS, 1);
		try (TraceStore store = context.openStore()) {
			MasterDataEditor editor = new MasterDataEditor(store, MasterDataEditor.user(), context.clock());
			String registered = switch (args.positional(0)) {
			case "party" -> { //$NON-NLS-1$
				Party party = MASTER_DATA.party(args.option("--uscc", null), args.option("--gln", null), //$NON-NLS-1$ //$NON-NLS-2$
						args.option("--name-zh", null), args.option("--name-en", null), //$NON-NLS-1$ //$NON-NLS-2$
						args.option("--role", null), //$NON-NLS-1$
						args.option("--county", null), args.option("--contact", null)); //$NON-NLS-1$ //$NON-NLS-2$
				editor.register(party);
				yield party.uri();
			}
			case "location" -> { //$NON-NLS-1$
				Location location = MASTER_DATA.location(args.option("--gln", null), //$NON-NLS-1$
						args.option("--division", null), //$NON-NLS-1$
						args.option("--name-zh", null), args.option("--name-en", null), //$NON-NLS-1$ //$NON-NLS-2$
						args.option("--lat", null), //$NON-NLS-1$
						args.option("--lon", null), args.option("--operator", null)); //$NON-NLS-1$ //$NON-NLS-2$
				editor.register(location);
				yield location.uri();
			}
			case "product" -> { //$NON-NLS-1$
				Product product = MASTER_DATA.product(args.option("--gtin", null), //$NON-NLS-1$
						args.option("--name-zh", null), //$NON-NLS-1$
						args.option("--name-en", null), args.option("--category", null), //$NON-NLS-1$ //$NON-NLS-2$
						args.option("--unit", null), //$NON-NLS-1$
						args.option("--storage-band", null)); //$NON-NLS-1$
				editor.register(product);
				yield product.gtin();
			}
			case "batch" -> { //$NON-NLS-1$
				BatchValidator validator = new BatchValidator(context.clock(), RegisterCommand::option);
				BigDecimal quantity = validator.quantity(args.option("--quantity", null)); //$NON-NLS-1$
				LocalDate harvest = validator.date(BatchValidator.FIELD_HARVEST_DATE, args.option("--harvest", null)); //$NON-NLS-1$
				ProductBatch batch = validator.validate(args.option("--gtin", null), args.option("--lot", null), //$NON-NLS-1$ //$NON-NLS-2$
						args.option("--product", null), quantity, args.option("--unit", null), harvest, //$NON-NLS-1$ //$NON-NLS-2$
						args.option("--origin", null)) //$NON-NLS-1$
						.withProducer(validator.producer(args.option("--producer", null))) //$NON-NLS-1$
						.withCertificates(Certificate.parseAll("--certificates", //$NON-NLS-1$
								args.option("--certificates", null), //$NON-NLS-1$
								harvest));
				store.batches().saveAll(List.of(batch));
				yield batch.code() + "  " + batch.traceCode(); //$NON-NLS-1$
			}
			default -> throw new Arguments.UsageException(Texts.Register_kinds.with(args.positional(0)));
			};
			context.out().println(registered);
		}
		return CliContext.OK;
	}
}
