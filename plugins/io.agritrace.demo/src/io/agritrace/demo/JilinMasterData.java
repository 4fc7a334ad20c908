package io.agritrace.demo;

import java.util.List;

import io.agritrace.core.model.Gln;
import io.agritrace.core.model.Gs1CheckDigit;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.MasterData;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.StorageRequirement;
import io.agritrace.core.model.Uscc;

/**
 * The parties, locations and products of the demo scenarios: real Jilin places
 * (GB/T 2260 codes from docs/reference/jilin), invented enterprises with valid
 * unified social credit codes and GS1 keys under the China prefix 690.
 */
public final class JilinMasterData {

	public static final Party MEIHE_COOP = party(1, "220581", "梅河口市水道镇稻米专业合作社", //$NON-NLS-1$ //$NON-NLS-2$
			"Meihekou Shuidao Rice Cooperative", "cooperative"); //$NON-NLS-1$ //$NON-NLS-2$
	public static final Party JILIN_MILL = party(2, "220202", "吉林市昌邑米业有限公司", //$NON-NLS-1$ //$NON-NLS-2$
			"Jilin Changyi Rice Mill Co.", "processor"); //$NON-NLS-1$ //$NON-NLS-2$
	public static final Party CHANGCHUN_COLD = party(3, "220104", "长春朝阳冷链物流有限公司", //$NON-NLS-1$ //$NON-NLS-2$
			"Changchun Chaoyang Cold Chain Co.", "cold_store"); //$NON-NLS-1$ //$NON-NLS-2$
	public static final Party FUSONG_FARM = party(4, "220621", "抚松县万良人参种植场", //$NON-NLS-1$ //$NON-NLS-2$
			"Fusong Wanliang Ginseng Farm", "farm"); //$NON-NLS-1$ //$NON-NLS-2$
	public static final Party FUSONG_PLANT = party(5, "220621", "抚松参业加工有限公司", //$NON-NLS-1$ //$NON-NLS-2$
			"Fusong Ginseng Processing Co.", "processor"); //$NON-NLS-1$ //$NON-NLS-2$
	public static final Party HUNCHUN_EXPORT = party(6, "222404", "珲春边贸进出口有限公司", //$NON-NLS-1$ //$NON-NLS-2$
			"Hunchun Border Trade Export Co.", "carrier"); //$NON-NLS-1$ //$NON-NLS-2$
	public static final Party LONGJING_FARM = party(7, "222405", "龙井市延边黄牛养殖场", //$NON-NLS-1$ //$NON-NLS-2$
			"Longjing Yanbian Cattle Farm", "farm"); //$NON-NLS-1$ //$NON-NLS-2$
	public static final Party YANJI_ABATTOIR = party(8, "222401", "延吉市肉类屠宰加工有限公司", //$NON-NLS-1$ //$NON-NLS-2$
			"Yanji Meat Processing Co.", "processor"); //$NON-NLS-1$ //$NON-NLS-2$
	public static final Party FUSONG_BUREAU = party(9, "220621", "抚松县农业农村局", //$NON-NLS-1$ //$NON-NLS-2$
			"Fusong County Agriculture Bureau", "inspector"); //$NON-NLS-1$ //$NON-NLS-2$
	public static final List<Party> SHOPS = List.of( //
			party(10, "220104", "长春欧亚超市朝阳店", "Changchun Eurasia Supermarket Chaoyang", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"retailer"), //$NON-NLS-1$
			party(11, "220102", "长春南关生鲜超市", "Changchun Nanguan Fresh Market", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"retailer"), //$NON-NLS-1$
			party(12, "220105", "长春二道区便民超市", "Changchun Erdao Neighbourhood Store", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"retailer"), //$NON-NLS-1$
			party(13, "222401", "延吉百货生鲜部", "Yanji Department Store Fresh Food", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"retailer")); //$NON-NLS-1$

	public static final Location MEIHE_PADDY = site(101, MEIHE_COOP, "梅河口水道镇稻田", //$NON-NLS-1$
			"Shuidao paddy fields, Meihekou", 42.530, 125.687); //$NON-NLS-1$
	public static final Location MEIHE_DRYER = site(102, MEIHE_COOP, "水道镇合作社烘干场", //$NON-NLS-1$
			"Shuidao cooperative dryer", //$NON-NLS-1$
			42.536, 125.690);
	public static final Location JILIN_MILL_SITE = site(103, JILIN_MILL, "昌邑米业加工厂", "Changyi rice mill", //$NON-NLS-1$ //$NON-NLS-2$
			43.851,
			126.571);
	public static final Location CHANGCHUN_COLD_SITE = site(104, CHANGCHUN_COLD, "朝阳冷链仓库", //$NON-NLS-1$
			"Chaoyang cold store", 43.865, 125.318); //$NON-NLS-1$
	public static final Location FUSONG_GARDEN = site(105, FUSONG_FARM, "万良人参园", "Wanliang ginseng garden", //$NON-NLS-1$ //$NON-NLS-2$
			42.333, 127.274);
	public static final Location FUSONG_PLANT_SITE = site(106, FUSONG_PLANT, "抚松参业加工厂", //$NON-NLS-1$
			"Fusong ginseng plant", //$NON-NLS-1$
			42.340, 127.280);
	public static final Location HUNCHUN_PORT = site(107, HUNCHUN_EXPORT, "珲春口岸仓库", //$NON-NLS-1$
			"Hunchun border warehouse", //$NON-NLS-1$
			42.862, 130.366);
	public static final Location LONGJING_BARN = site(108, LONGJING_FARM, "龙井黄牛养殖场", //$NON-NLS-1$
			"Longjing cattle farm", //$NON-NLS-1$
			42.766, 129.427);
	public static final Location YANJI_ABATTOIR_SITE = site(109, YANJI_ABATTOIR, "延吉屠宰加工厂", //$NON-NLS-1$
			"Yanji abattoir", //$NON-NLS-1$
			42.891, 129.509);
	public static final List<Location> SHOP_SITES = List.of( //
			site(110, SHOPS.get(0), "欧亚超市朝阳店", "Eurasia Chaoyang store", 43.868, 125.310), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			site(111, SHOPS.get(1), "南关生鲜超市", "Nanguan fresh market", 43.864, 125.333), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			site(112, SHOPS.get(2), "二道区便民超市", "Erdao neighbourhood store", 43.866, //$NON-NLS-1$ //$NON-NLS-2$
					125.374),
			site(113, SHOPS.get(3), "延吉百货", "Yanji department store", 42.906, 129.513)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	public static final Product PADDY = product(1, "梅河稻谷", "Meihe paddy", "rice", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"KGM", StorageRequirement.PADDY); //$NON-NLS-1$
	public static final Product DRIED_PADDY = product(2, "梅河稻谷（烘干）", "Meihe paddy, dried", //$NON-NLS-1$ //$NON-NLS-2$
			"rice", //$NON-NLS-1$
			"KGM", StorageRequirement.PADDY); //$NON-NLS-1$
	public static final Product MEIHE_RICE = product(3, "梅河大米", "Meihe rice", "rice", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"KGM", StorageRequirement.MILLED_RICE); //$NON-NLS-1$
	public static final Product FRESH_GINSENG = product(4, "吉林长白山人参（鲜参）", //$NON-NLS-1$
			"Changbai Mountain ginseng, fresh", //$NON-NLS-1$
			"ginseng", "KGM", //$NON-NLS-1$ //$NON-NLS-2$
			StorageRequirement.FRESH_GINSENG);
	public static final Product RED_GINSENG = product(5, "吉林长白山红参", "Changbai Mountain red ginseng", //$NON-NLS-1$ //$NON-NLS-2$
			"ginseng", "KGM", //$NON-NLS-1$ //$NON-NLS-2$
			StorageRequirement.RED_GINSENG);
	public static final Product YANBIAN_CATTLE = product(6, "延边黄牛（活牛）", "Yanbian cattle, live", //$NON-NLS-1$ //$NON-NLS-2$
			"cattle", "H87", //$NON-NLS-1$ //$NON-NLS-2$
			StorageRequirement.LIVE_CATTLE);
	public static final Product YANBIAN_CARCASS = product(7, "延边黄牛胴体", "Yanbian beef carcass", //$NON-NLS-1$ //$NON-NLS-2$
			"cattle", "KGM", //$NON-NLS-1$ //$NON-NLS-2$
			StorageRequirement.CHILLED_BEEF);
	public static final Product YANBIAN_BEEF = product(8, "延边黄牛肉（分割）", "Yanbian beef cuts", //$NON-NLS-1$ //$NON-NLS-2$
			"cattle", "KGM", //$NON-NLS-1$ //$NON-NLS-2$
			StorageRequirement.CHILLED_BEEF);
	// Catalogue entries without a demo chain yet: Jilin's other main products.
	public static final Product CORN = product(9, "吉林玉米", "Jilin corn", "corn", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"KGM", StorageRequirement.CORN); //$NON-NLS-1$
	public static final Product SOYBEAN = product(10, "吉林大豆", "Jilin soybean", "soybean", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"KGM", StorageRequirement.SOYBEANS); //$NON-NLS-1$
	public static final Product BLACK_FUNGUS = product(11, "汪清黑木耳", "Wangqing black fungus", //$NON-NLS-1$ //$NON-NLS-2$
			"edible fungus", "KGM", //$NON-NLS-1$ //$NON-NLS-2$
			StorageRequirement.BLACK_FUNGUS);
	public static final Product SIKA_ANTLER = product(12, "双阳梅花鹿鹿茸", "Shuangyang sika deer antler", //$NON-NLS-1$ //$NON-NLS-2$
			"deer products", "KGM", //$NON-NLS-1$ //$NON-NLS-2$
			StorageRequirement.DRY_ANTLER);

	public static final List<Party> PARTIES = List.of(MEIHE_COOP, JILIN_MILL, CHANGCHUN_COLD, FUSONG_FARM, FUSONG_PLANT,
			HUNCHUN_EXPORT, LONGJING_FARM, YANJI_ABATTOIR, FUSONG_BUREAU, SHOPS.get(0), SHOPS.get(1), SHOPS.get(2),
			SHOPS.get(3));
	public static final List<Location> LOCATIONS = List.of(MEIHE_PADDY, MEIHE_DRYER, JILIN_MILL_SITE, CHANGCHUN_COLD_SITE,
			FUSONG_GARDEN, FUSONG_PLANT_SITE, HUNCHUN_PORT, LONGJING_BARN, YANJI_ABATTOIR_SITE, SHOP_SITES.get(0),
			SHOP_SITES.get(1), SHOP_SITES.get(2), SHOP_SITES.get(3));
	public static final List<Product> PRODUCTS = List.of(PADDY, DRIED_PADDY, MEIHE_RICE, FRESH_GINSENG, RED_GINSENG,
			YANBIAN_CATTLE, YANBIAN_CARCASS, YANBIAN_BEEF, CORN, SOYBEAN, BLACK_FUNGUS, SIKA_ANTLER);
	public static final MasterData ALL = new MasterData(PARTIES, LOCATIONS, PRODUCTS);

	private JilinMasterData() {
	}

	private static String gln(int reference) {
		return Gs1CheckDigit.append("6901234" + String.format("%05d", reference)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Party party(int n, String county, String zh, String en, String role) {
		String gln = gln(n);
		// 9 = registered by market regulation, 1 = enterprise; county; organisation code.
		String first17 = "91" + county + String.format("MA%07d", 1_000_000 + n * 7919); //$NON-NLS-1$ //$NON-NLS-2$
		return new Party(Gln.partyUri(gln), first17 + Uscc.checkCharacter(first17), gln, zh, en, role,
				county, telephone(n, county), false);
	}

	/** A made-up number with the prefecture's real area code (0431 Changchun … 0439 Baishan). */
	private static String telephone(int n, String county) {
		String area = switch (county.substring(0, 4)) {
		case "2201" -> "0431"; //$NON-NLS-1$ //$NON-NLS-2$
		case "2202" -> "0432"; //$NON-NLS-1$ //$NON-NLS-2$
		case "2224" -> "0433"; //$NON-NLS-1$ //$NON-NLS-2$
		case "2203" -> "0434"; //$NON-NLS-1$ //$NON-NLS-2$
		case "2205" -> "0435"; //$NON-NLS-1$ //$NON-NLS-2$
		case "2208" -> "0436"; //$NON-NLS-1$ //$NON-NLS-2$
		case "2204" -> "0437"; //$NON-NLS-1$ //$NON-NLS-2$
		case "2207" -> "0438"; //$NON-NLS-1$ //$NON-NLS-2$
		default -> "0439"; //$NON-NLS-1$
		};
		return area + "-8" + String.format("%07d", 5_550_000 + n); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Location site(int n, Party operator, String zh, String en, double lat, double lon) {
		return new Location(Gln.locationUri(gln(n)), operator.county(), zh, en, lat, lon, operator.uri(), false);
	}

	/** A product kept as core's table of storage requirements says its kind must be. */
	private static Product product(int n, String zh, String en, String category, String unit,
			StorageRequirement requirement) {
		return new Product(Gs1CheckDigit.append("0690123400" + String.format("%03d", n)), zh, en, category, //$NON-NLS-1$ //$NON-NLS-2$
				unit,
				requirement.band(), false);
	}
}
