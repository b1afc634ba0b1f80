package jp.sapporo.vaccinepass.resident;

import java.net.http.HttpResponse;
import java.util.Map;

/** Posts the vaccination record form as the page does. */
final class RecordPosts {

	private RecordPosts() {
	}

	static HttpResponse<String> post(ResidentHttp phone, Map<String, String> fields, byte[] certificate) {
		return phone.multipart("/record", "/record", fields, "certificate", certificate);
	}

}
