package jp.sapporo.vaccinepass.verifier.cluster;

import java.util.Map;

import jp.sapporo.vaccinepass.db.resident.ResidentNotice;

/**
 * The notice sent to residents who were at a store during a cluster's window. Like
 * Hokkaido's notices it names no store (the store's customers are not to be identified by
 * others reading a phone) and carries no link (so that a fake notice with a link is
 * recognisable as fake).
 */
final class ClusterNotice {

	static final String KIND = "CLUSTER_CONTACT";

	private ClusterNotice() {
	}

	static ResidentNotice notice() {
		return new ResidentNotice(KIND,
				Map.of("ja", "【札幌市】新型コロナウイルス感染症に関する大切なお知らせ", "en", "[Sapporo City] Important notice about COVID-19",
						"zh", "【札幌市】关于新冠病毒感染的重要通知"),
				Map.of("ja", """
						最近あなたが利用した施設で、新型コロナウイルス感染症の陽性者が確認されました。
						発熱やせきなど体調に変化がある場合は、受診の前に、かかりつけ医または発熱相談センターへ電話でご相談ください。
						このお知らせは札幌市保健所が送信しています。このお知らせにリンクが含まれることはありません。""", "en",
						"""
								Someone who tested positive for COVID-19 was at a place you visited recently.
								If you have a fever, a cough or feel unwell, call your doctor or the fever consultation centre before going to a clinic.
								This notice is sent by the Sapporo City public health centre. It never contains a link.""",
						"zh", """
								您最近去过的场所确认有新冠病毒检测阳性者。
								如出现发热、咳嗽等身体不适,请在就诊前先致电您的家庭医生或发热咨询中心。
								本通知由札幌市保健所发送,本通知中绝不会包含链接。"""));
	}

}
