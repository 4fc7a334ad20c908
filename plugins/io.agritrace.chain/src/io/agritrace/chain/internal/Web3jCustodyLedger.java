package io.agritrace.chain.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.response.TransactionReceiptProcessor;
import org.web3j.utils.RevertReasonExtractor;

import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainKey;
import io.agritrace.chain.HandoverRecord;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.SigningKey;
import io.agritrace.chain.internal.contract.AgriTraceRegistry;
import io.agritrace.chain.internal.contract.AgriTraceRegistry.HandoverProposedEventResponse;
import io.agritrace.chain.internal.contract.AgriTraceRegistry.HandoverRejectedEventResponse;
import io.agritrace.core.anchor.TransactionHash;

/**
 * {@link CustodyLedger} over the generated contract wrapper (reads and logs)
 * and raw transactions signed per account (changes), each sent with the gas a
 * custody change needs, so that a block holds many of them.
 */
public final class Web3jCustodyLedger implements CustodyLedger {

	/**
	 * Gas limit of one custody change: they use 30k to 60k (a reason of 200
	 * characters included); a block's gas limit counts each transaction's limit,
	 * so a limit near that lets a 30M-gas block take 200 changes.
	 */
	static final BigInteger CUSTODY_GAS = BigInteger.valueOf(150_000);
	/** How long to wait for a signer's transactions that an ended process left in flight. */
	private static final long SENT_WAIT_MS = 30_000;

	private final ChainEndpoint endpoint;
	private final long chainId;
	private final String contract;
	private final Web3j web3j;
	private final AgriTraceRegistry reader;
	private final TransactionReceiptProcessor receipts;
	private final Map<SigningKey, RawTransactionManager> signers = new HashMap<>();
	/** Each sent change's call data, to read the contract's reason when it reverts. */
	private final Map<TransactionHash, String> sent = new ConcurrentHashMap<>();

	public Web3jCustodyLedger(ChainEndpoint endpoint, long chainId, String contract) {
		this.endpoint = endpoint;
		this.chainId = chainId;
		this.contract = contract;
		this.web3j = endpoint.besu();
		this.receipts = endpoint.receipts(web3j);
		this.reader = AgriTraceRegistry.load(contract, web3j, endpoint.transactionManager(web3j, chainId, SigningKey.READ_ONLY),
				endpoint.adminGas());
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
	public TransactionHash submitClaim(String batch, SigningKey signingKey) throws ChainException {
		return submit(AgriTraceRegistry.FUNC_CLAIMBATCH, signingKey, new Bytes32(ChainKey.of(batch).bytes()));
	}

	@Override
	public TransactionHash submitPropose(String batch, String toOrganisation, SigningKey signingKey)
			throws ChainException {
		return submit(AgriTraceRegistry.FUNC_PROPOSEHANDOVER, signingKey, new Bytes32(ChainKey.of(batch).bytes()),
				new Bytes32(ChainKey.of(toOrganisation).bytes()));
	}

	@Override
	public TransactionHash submitAccept(ChainKey batch, SigningKey signingKey) throws ChainException {
		return submit(AgriTraceRegistry.FUNC_ACCEPTHANDOVER, signingKey, new Bytes32(batch.bytes()));
	}

	@Override
	public void reject(ChainKey batch, String reason, SigningKey signingKey) throws ChainException {
		await(submit(AgriTraceRegistry.FUNC_REJECTHANDOVER, signingKey, new Bytes32(batch.bytes()),
				new Utf8String(reason)));
	}

	/**
	 * Signs and sends one change with the nonce the node counts for the account
	 * (its pending transactions included), so that one thread's sends follow
	 * each other in nonce order. A node that refuses the send is no refusal by
	 * the contract: the step stays to do.
	 */
	private TransactionHash submit(String function, SigningKey signingKey, Type<?>... arguments) throws ChainException {
		String data = FunctionEncoder.encode(new Function(function, List.of(arguments), List.of()));
		try {
			EthSendTransaction answer = signers.computeIfAbsent(signingKey,
					key -> endpoint.transactionManager(web3j, chainId, key))
					.sendTransaction(endpoint.gasPrice(), CUSTODY_GAS, contract, data, BigInteger.ZERO);
			if (answer.hasError()) {
				throw new ChainException(answer.getError().getMessage());
			}
			TransactionHash transaction = new TransactionHash(answer.getTransactionHash());
			sent.put(transaction, data);
			return transaction;
		} catch (IOException e) {
			throw new ChainException(String.valueOf(e.getMessage()), e);
		}
	}

	/**
	 * A reverted change is a refusal by the contract, with its reason as web3j's
	 * contract wrappers word it; a dropped one is not, so the step is tried again.
	 */
	@Override
	public void await(TransactionHash transaction) throws ChainException {
		String data = sent.remove(transaction);
		try {
			TransactionReceipt receipt = receipts.waitForTransactionReceipt(transaction.hex());
			if (!receipt.isStatusOK()) {
				throw ChainException.rejected(String.format("Transaction %s has failed with status: %s. Gas used: %s. " //$NON-NLS-1$
						+ "Revert reason: '%s'.", //$NON-NLS-1$
						transaction.hex(), receipt.getStatus(), receipt.getGasUsedRaw() != null ? receipt.getGasUsed()
								: "unknown", //$NON-NLS-1$
						RevertReasonExtractor.extractRevertReason(receipt, data, web3j, true, BigInteger.ZERO)));
			}
		} catch (IOException | TransactionException e) {
			throw new ChainException(String.valueOf(e.getMessage()), e);
		}
	}

	@Override
	public void awaitSent(SigningKey signingKey) throws ChainException {
		long deadline = System.currentTimeMillis() + SENT_WAIT_MS;
		try {
			while (count(signingKey, DefaultBlockParameterName.PENDING)
					.compareTo(count(signingKey, DefaultBlockParameterName.LATEST)) > 0) {
				if (System.currentTimeMillis() > deadline) {
					throw new ChainException("the node still holds transactions of " + signingKey.address() //$NON-NLS-1$
							+ " that it has not mined after " + SENT_WAIT_MS / 1000 + " s"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				Thread.sleep(endpoint.receiptPollMs());
			}
		} catch (IOException e) {
			throw new ChainException(String.valueOf(e.getMessage()), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ChainException(String.valueOf(e.getMessage()), e);
		}
	}

	private BigInteger count(SigningKey signingKey, DefaultBlockParameterName block) throws IOException {
		return web3j.ethGetTransactionCount(signingKey.address(), block).send().getTransactionCount();
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

	@Override
	public void close() {
		web3j.shutdown();
	}
}
