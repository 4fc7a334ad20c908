package io.agritrace.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.core.text.Times;
import io.agritrace.service.MasterDataEditor;
import io.agritrace.store.MasterDataChange;
import io.agritrace.store.MasterDataKind;
import io.agritrace.store.TraceStore;

/**
 * {@code deactivate|reactivate|delete|history party|location|product KEY}: a
 * deactivated record stays in traces and exports but is no longer offered for
 * new records; only a record nothing refers to can be deleted; the history
 * lists every change with its time (in the workspace's zone), who made it,
 * the action (in words) or field (as its option), and the values before and
 * after (tab-separated, lined up).
 */
final class MasterDataCommand implements CliCommand {

	/** What the command does. */
	enum Verb {
		DEACTIVATE, REACTIVATE, DELETE, HISTORY
	}

	private final Verb verb;

	MasterDataCommand(Verb verb) {
		this.verb = verb;
	}

	@Override
	public String name() {
		return verb.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String summary(Locale language) {
		return (switch (verb) {
		case DEACTIVATE -> Texts.Deactivate_summary;
		case REACTIVATE -> Texts.Reactivate_summary;
		case DELETE -> Texts.Delete_summary;
		case HISTORY -> Texts.History_summary;
		}).text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) {
		Arguments args = new Arguments(name(), arguments, Set.of(), Set.of(), 2);
		try (TraceStore store = context.openStore()) {
			MasterDataKind kind = MasterDataArgument.kind(args.positional(0));
			String key = verb == Verb.HISTORY ? historyKey(store, kind, args.positional(1))
					: MasterDataEditor.key(MasterDataArgument.record(store, kind, args.positional(1)));
			MasterDataEditor editor = new MasterDataEditor(store, MasterDataEditor.user(), context.clock());
			switch (verb) {
			case DEACTIVATE -> editor.deactivate(kind, key);
			case REACTIVATE -> editor.reactivate(kind, key);
			case DELETE -> editor.delete(kind, key);
			case HISTORY -> Columns.tabbed(store.masterData().history(kind, key).stream().map(c -> cells(c, context)).toList())
					.forEach(context.out()::println);
			}
			if (verb != Verb.HISTORY) {
				context.out().println(key);
			}
		}
		return CliContext.OK;
	}

	/** A deleted record's history is still asked for by its key. */
	private static String historyKey(TraceStore store, MasterDataKind kind, String key) {
		try {
			return MasterDataEditor.key(MasterDataArgument.record(store, kind, key));
		} catch (Arguments.UsageException e) {
			return key;
		}
	}

	private static List<String> cells(MasterDataChange c, CliContext context) {
		String what = switch (c.action()) {
		case EDITED -> RegisterCommand.option(c.field());
		case REGISTERED -> Texts.History_registered.text(context.language());
		case DEACTIVATED -> Texts.History_deactivated.text(context.language());
		case REACTIVATED -> Texts.History_reactivated.text(context.language());
		case DELETED -> Texts.History_deleted.text(context.language());
		};
		return List.of(Times.format(c.at(), context.zone()), c.by(), what, c.oldValue() == null ? "" : c.oldValue(), //$NON-NLS-1$
				c.newValue() == null ? "" : c.newValue()); //$NON-NLS-1$
	}
}
