package io.agritrace.chain.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.web3j.abi.EventEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;

import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainKey;
import io.agritrace.chain.HandoverRecord;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.SigningKey;
import io.agritrace.chain.internal.contract.AgriTraceRegistry;
import io.agritrace.chain.internal.contract.AgriTraceRegistry.HandoverProposedEventResponse;
import io.agritrace.chain.internal.contract.AgriTraceRegistry.HandoverRejectedEventResponse;

/** {@link CustodyLedger} over the generated contract wrapper, one wrapper per signing account. */
public final class Web3jCustodyLedger implements CustodyLedger {

	private final ChainEndpoint endpoint;
	private final long chainId;
	private final String contract;
	private final Web3j web3j;
	private final AgriTraceRegistry reader;
	private final Map<SigningKey, AgriTraceRegistry> signers = new HashMap<>();

	public Web3jCustodyLedger(ChainEndpoint endpoint, long chainId, String contract) {
		this.endpoint = endpoint;
		this.chainId = chainId;
		this.contract = contract;
		this.web3j = endpoint.besu();
		this.reader = as(SigningKey.READ_ONLY);
	}

	private AgriTraceRegistry as(SigningKey signingKey) {
		return signers.computeIfAbsent(signingKey, key -> AgriTraceRegistry.load(contract, web3j,
				endpoint.transactionManager(web3j, chainId, key), endpoint.adminGas()));
	}

	@Override
	public ChainKey holder(String batch) throws ChainException {
		return read(() -> reader.holderOf(ChainKey.of(batch).bytes()).send());
	}

	@Override
	public ChainKey proposedTo(ChainKey batch) throws ChainException {
		return read(() -> reader.pendingHandover(batch.bytes()).send());
	}

	@Override
	public ChainKey organisationOf(String account) throws ChainException {
		return read(() -> reader.organisationOf(account).send());
	}

	@Override
	public void claim(String batch, SigningKey signingKey) throws ChainException {
		send(() -> as(signingKey).claimBatch(ChainKey.of(batch).bytes()).send());
	}

	@Override
	public void propose(String batch, String toOrganisation, SigningKey signingKey) throws ChainException {
		send(() -> as(signingKey).proposeHandover(ChainKey.of(batch).bytes(), ChainKey.of(toOrganisation).bytes()).send());
	}

	@Override
	public void accept(ChainKey batch, SigningKey signingKey) throws ChainException {
		send(() -> as(signingKey).acceptHandover(batch.bytes()).send());
	}

	@Override
	public void reject(ChainKey batch, String reason, SigningKey signingKey) throws ChainException {
		send(() -> as(signingKey).rejectHandover(batch.bytes(), reason).send());
	}

	@Override
	public long blockNumber() throws ChainException {
		try {
			return web3j.ethBlockNumber().send().getBlockNumber().longValueExact();
		} catch (Exception e) {
			throw new ChainException(String.valueOf(e.getMessage()), e);
		}
	}

	private static final String PROPOSED = EventEncoder.encode(AgriTraceRegistry.HANDOVERPROPOSED_EVENT);
	private static final String REJECTED = EventEncoder.encode(AgriTraceRegistry.HANDOVERREJECTED_EVENT);

	@Override
	public List<HandoverRecord> handovers(ChainKey organisation, long fromBlock, long toBlock) throws ChainException {
		List<HandoverRecord> records = new ArrayList<>();
		if (organisation == null) {
			for (Log log : logs(fromBlock, toBlock, filter -> filter.addOptionalTopics(PROPOSED, REJECTED))) {
				records.add(log.getTopics().get(0).equals(PROPOSED) ? proposal(log) : rejection(log));
			}
		} else {
			// The receiver is the proposal's third topic and the rejection's second: two queries.
			String key = organisation.toString();
			for (Log log : logs(fromBlock, toBlock,
					filter -> filter.addSingleTopic(PROPOSED).addNullTopic().addNullTopic().addSingleTopic(key))) {
				records.add(proposal(log));
			}
			for (Log log : logs(fromBlock, toBlock, filter -> filter.addSingleTopic(REJECTED).addNullTopic().addSingleTopic(key))) {
				records.add(rejection(log));
			}
			records.sort(Comparator.comparingLong(HandoverRecord::block));
		}
		return records;
	}

	private interface Topics {
		void addTo(EthFilter filter);
	}

	private List<Log> logs(long fromBlock, long toBlock, Topics topics) throws ChainException {
		EthFilter filter = new EthFilter(DefaultBlockParameter.valueOf(BigInteger.valueOf(fromBlock)),
				DefaultBlockParameter.valueOf(BigInteger.valueOf(toBlock)), contract);
		topics.addTo(filter);
		try {
			EthLog answer = web3j.ethGetLogs(filter).send();
			if (answer.hasError()) {
				throw new ChainException(answer.getError().getMessage());
			}
			return answer.getLogs().stream().map(result -> (Log) result.get()).toList();
		} catch (ChainException e) {
			throw e;
		} catch (Exception e) {
			throw new ChainException(String.valueOf(e.getMessage()), e);
		}
	}

	private static HandoverRecord proposal(Log log) {
		HandoverProposedEventResponse proposed = AgriTraceRegistry.getHandoverProposedEventFromLog(log);
		return new HandoverRecord(false, ChainKey.answered(proposed.batch), ChainKey.answered(proposed.from),
				ChainKey.answered(proposed.to), "", log.getBlockNumber().longValueExact()); //$NON-NLS-1$
	}

	private static HandoverRecord rejection(Log log) {
		HandoverRejectedEventResponse rejected = AgriTraceRegistry.getHandoverRejectedEventFromLog(log);
		return new HandoverRecord(true, ChainKey.answered(rejected.batch), ChainKey.answered(rejected.from),
				ChainKey.answered(rejected.to), rejected.reason, log.getBlockNumber().longValueExact());
	}

	/** A call that may fail the way web3j's do. */
	private interface Call<T> {
		T run() throws Exception;
	}

	private static ChainKey read(Call<byte[]> call) throws ChainException {
		try {
			return ChainKey.answered(call.run());
		} catch (Exception e) {
			throw new ChainException(String.valueOf(e.getMessage()), e);
		}
	}

	/**
	 * A reverted transaction is a refusal by the contract, with its reason; a
	 * dropped one is not, so the step is tried again.
	 */
	private static void send(Call<TransactionReceipt> call) throws ChainException {
		try {
			call.run();
		} catch (DropAwareReceipts.DroppedException e) {
			throw new ChainException(e.getMessage(), e);
		} catch (TransactionException e) {
			throw ChainException.rejected(String.valueOf(e.getMessage()));
		} catch (Exception e) {
			throw new ChainException(String.valueOf(e.getMessage()), e);
		}
	}

	@Override
	public void close() {
		web3j.shutdown();
	}
}
