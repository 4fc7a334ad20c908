package io.agritrace.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.AnchorPublisher;
import io.agritrace.anchor.CustodySync;
import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.DevelopmentOrganisations;
import io.agritrace.chain.RegistryAdmin;
import io.agritrace.store.TraceStore;

/**
 * {@code publish --contract ADDRESS [--rpc-url URL]}: anchors the outbox on
 * chain in batches, with the recorder key from {@value ChainOptions#RECORDER_KEY},
 * then makes the chain's custody record follow the shipments and receipts that
 * the recorder's organisation signs (every organisation's, on the managed
 * local chain).
 */
final class PublishCommand implements CliCommand {

	@Override
	public String name() {
		return "publish"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Publish_summary;
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of(), ChainOptions.NAMES, 0);
		ChainOptions chain = new ChainOptions(name(), args, context);
		try (TraceStore store = context.openStore()) {
			String recorderKey = chain.recorderKey(context);
			AnchorPublisher.Result result;
			try (AnchorLedger ledger = chain.ledger(context, recorderKey)) {
				result = new AnchorPublisher(store.outbox(), ledger).publish(() -> false);
			}
			context.out().println(NLS.bind(Messages.Publish_done,
					new Object[] { result.anchored(), result.transactions(), result.failed() }));
			if (result.failed() > 0) {
				context.err().println(NLS.bind(Messages.Chain_failed, result.lastError()));
				return CliContext.FAILED;
			}
			syncCustody(store, chain, context, recorderKey);
			return CliContext.OK;
		} catch (ChainException e) {
			context.err().println(NLS.bind(Messages.Publish_interrupted, e.getMessage()));
			return CliContext.FAILED;
		}
	}

	private static void syncCustody(TraceStore store, ChainOptions chain, CliContext context, String recorderKey)
			throws IOException, ChainException {
		try (CustodyLedger custody = chain.custody(context)) {
			CustodySync.Result result;
			if (chain.isLocal(context)) {
				try (DevelopmentOrganisations everybody = chain.developmentOrganisations(context)) {
					result = new CustodySync(store.custodySteps(), custody, everybody::keyOf).sync(() -> false,
							Integer.MAX_VALUE);
				}
			} else {
				CustodySync.Signers recorder = CustodySync.Signers.ofRecorder(custody, recorderKey);
				if (recorder == null) {
					context.out().println(NLS.bind(Messages.Publish_noOrganisation, RegistryAdmin.addressOf(recorderKey)));
					return;
				}
				result = new CustodySync(store.custodySteps(), custody, recorder).sync(() -> false, Integer.MAX_VALUE);
			}
			context.out().println(NLS.bind(Messages.Publish_custody,
					new Object[] { result.synced(), result.refused(), result.waiting(), result.others() }));
		}
	}
}
