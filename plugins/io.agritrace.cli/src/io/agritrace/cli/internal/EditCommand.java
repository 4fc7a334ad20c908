package io.agritrace.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.core.model.Gln;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.MasterDataValidator;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.service.MasterDataEditor;
import io.agritrace.store.MasterDataChange;
import io.agritrace.store.TraceStore;

/**
 * {@code edit party|location|product KEY --field value ...}: corrects a
 * registered record; the fields not given keep their values, the whole is
 * checked as {@code register} checks it, and the identifiers events refer to
 * cannot change. Prints each changed field; the changes are kept with the
 * user's name and the time.
 */
final class EditCommand implements CliCommand {

	private static final Set<String> FIELDS = Set.of("--name-zh", "--name-en", "--role", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"--county", "--contact", "--division", "--lat", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"--lon", "--operator", "--category", "--unit", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"--storage-band"); //$NON-NLS-1$

	private static final MasterDataValidator MASTER_DATA = new MasterDataValidator(RegisterCommand::option);

	@Override
	public String name() {
		return "edit"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Edit_summary.text(language);
	}

	@Override
	public String help(Locale language) {
		return summary(language) + '\n' + Texts.Edit_fields.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) {
		Arguments args = new Arguments(name(), arguments, Set.of(), FIELDS, 2);
		try (TraceStore store = context.openStore()) {
			Object stored = MasterDataArgument.record(store, MasterDataArgument.kind(args.positional(0)), args.positional(1));
			MasterDataEditor editor = new MasterDataEditor(store, MasterDataEditor.user(), context.clock());
			List<MasterDataChange> changes = switch (stored) {
			case Party p -> editor.edit(p.uri(),
					MASTER_DATA.party(p.uscc(), p.gln(), args.option("--name-zh", p.nameZh()), //$NON-NLS-1$
							args.option("--name-en", p.nameEn()), args.option("--role", p.role()), //$NON-NLS-1$ //$NON-NLS-2$
							args.option("--county", p.county()), args.option("--contact", p.contact()))); //$NON-NLS-1$ //$NON-NLS-2$
			case Location l -> editor.edit(l.uri(),
					MASTER_DATA.location(l.uri().substring(Gln.locationUri("").length()), //$NON-NLS-1$
							args.option("--division", l.division()), args.option("--name-zh", l.nameZh()), //$NON-NLS-1$ //$NON-NLS-2$
							args.option("--name-en", l.nameEn()), args.option("--lat", text(l.latitude())), //$NON-NLS-1$ //$NON-NLS-2$
							args.option("--lon", text(l.longitude())), //$NON-NLS-1$
							args.option("--operator", l.operator()))); //$NON-NLS-1$
			case Product p -> editor.edit(p.gtin(),
					MASTER_DATA.product(p.gtin(), args.option("--name-zh", p.nameZh()), //$NON-NLS-1$
							args.option("--name-en", p.nameEn()), args.option("--category", p.category()), //$NON-NLS-1$ //$NON-NLS-2$
							args.option("--unit", p.unit()), //$NON-NLS-1$
							args.option("--storage-band", p.storageBand() == null ? null : p.storageBand().code()))); //$NON-NLS-1$
			default -> throw new IllegalStateException(String.valueOf(stored));
			};
			if (changes.isEmpty()) {
				context.err().println(Texts.Edit_nothing.text(context.language()));
			}
			for (MasterDataChange change : changes) {
				context.out().println(RegisterCommand.option(change.field()) + '\t' + blank(change.oldValue()) + '\t'
						+ blank(change.newValue()));
			}
		}
		return CliContext.OK;
	}

	private static String text(Double degrees) {
		return degrees == null ? null : degrees.toString();
	}

	private static String blank(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
