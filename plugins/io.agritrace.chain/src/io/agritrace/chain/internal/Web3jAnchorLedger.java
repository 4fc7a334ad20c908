package io.agritrace.chain.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.response.TransactionReceiptProcessor;

import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainKey;
import io.agritrace.chain.SigningKey;
import io.agritrace.chain.internal.contract.AgriTraceRegistry;
import io.agritrace.core.anchor.AnchorRecord;
import io.agritrace.core.anchor.PendingAnchor;
import io.agritrace.core.anchor.TransactionHash;
import io.agritrace.core.epcis.EventHashId;

/** {@link AnchorLedger} over web3j and the generated contract wrapper. */
public final class Web3jAnchorLedger implements AnchorLedger {

	/**
	 * A new anchor costs about 50k gas (two storage slots and a log); a batch gets
	 * this much per event on top of the base, so it never runs out.
	 */
	private static final BigInteger GAS_PER_ANCHOR = BigInteger.valueOf(70_000);
	private static final BigInteger BASE_GAS = BigInteger.valueOf(60_000);
	private static final String ANCHORED = EventEncoder.encode(AgriTraceRegistry.ANCHORED_EVENT);

	private final Web3j web3j;
	private final BigInteger gasPrice;
	private final String contract;
	private final RawTransactionManager transactions;
	private final TransactionReceiptProcessor receipts;

	public Web3jAnchorLedger(ChainEndpoint endpoint, long chainId, String contract, SigningKey signingKey) {
		this.web3j = endpoint.besu();
		this.gasPrice = endpoint.gasPrice();
		this.contract = contract;
		this.receipts = endpoint.receipts(web3j);
		this.transactions = endpoint.transactionManager(web3j, chainId, signingKey);
	}

	@Override
	public TransactionHash submit(List<PendingAnchor> anchors) throws ChainException {
		List<Bytes32> hashes = new ArrayList<>();
		List<Bytes32> batches = new ArrayList<>();
		for (PendingAnchor a : anchors) {
			hashes.add(new Bytes32(a.hashId().digest()));
			batches.add(new Bytes32(ChainKey.of(a.batch()).bytes()));
		}
		Function anchor = new Function(AgriTraceRegistry.FUNC_ANCHOR,
				List.of(new DynamicArray<>(Bytes32.class, hashes), new DynamicArray<>(Bytes32.class, batches)),
				List.of(new TypeReference<Uint256>() {
				}));
		BigInteger gas = BASE_GAS.add(GAS_PER_ANCHOR.multiply(BigInteger.valueOf(anchors.size())));
		try {
			EthSendTransaction sent = transactions.sendTransaction(gasPrice, gas, contract,
					FunctionEncoder.encode(anchor), BigInteger.ZERO);
			if (sent.hasError()) {
				throw ChainException.rejected(sent.getError().getMessage());
			}
			return new TransactionHash(sent.getTransactionHash());
		} catch (IOException e) {
			throw new ChainException(e.getMessage(), e);
		}
	}

	@Override
	public BigInteger awaitBlock(TransactionHash transaction) throws ChainException {
		try {
			TransactionReceipt receipt = receipts.waitForTransactionReceipt(transaction.hex());
			if (!receipt.isStatusOK()) {
				throw new ChainException(Optional.ofNullable(receipt.getRevertReason()).orElse("reverted")); //$NON-NLS-1$
			}
			return receipt.getBlockNumber();
		} catch (IOException | TransactionException e) {
			throw new ChainException(e.getMessage(), e);
		}
	}

	@Override
	public Map<EventHashId, AnchorRecord> anchors(Collection<EventHashId> hashIds) throws ChainException {
		if (hashIds.isEmpty()) {
			return new HashMap<>();
		}
		return logs(anchoredLogs().addOptionalTopics(hashIds.stream().map(h -> "0x" + h.hex()).toArray(String[]::new))); //$NON-NLS-1$
	}

	@Override
	public Map<EventHashId, AnchorRecord> anchorsOfBatches(Collection<String> batches) throws ChainException {
		if (batches.isEmpty()) {
			return new HashMap<>();
		}
		return logs(anchoredLogs().addNullTopic().addOptionalTopics(
				batches.stream().map(b -> ChainKey.of(b).toString()).toArray(String[]::new)));
	}

	/** The contract's Anchored logs over the whole chain; topics 1 to 3 are the event hash, batch and recorder. */
	private EthFilter anchoredLogs() {
		EthFilter filter = new EthFilter(DefaultBlockParameterName.EARLIEST, DefaultBlockParameterName.LATEST,
				contract);
		filter.addSingleTopic(ANCHORED);
		return filter;
	}

	private Map<EventHashId, AnchorRecord> logs(EthFilter filter) throws ChainException {
		try {
			var logs = web3j.ethGetLogs(filter).send();
			if (logs.hasError()) {
				throw new ChainException(logs.getError().getMessage());
			}
			Map<EventHashId, AnchorRecord> found = new HashMap<>();
			for (var result : logs.getLogs()) {
				Log log = (Log) result.get();
				EventHashId hash = EventHashId.ofHex(log.getTopics().get(1).substring(2));
				String recorder = "0x" + log.getTopics().get(3).substring(26); //$NON-NLS-1$
				found.putIfAbsent(hash,
						new AnchorRecord(hash, log.getBlockNumber(), new TransactionHash(log.getTransactionHash()), recorder));
			}
			return found;
		} catch (IOException e) {
			throw new ChainException(e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		web3j.shutdown();
	}
}
