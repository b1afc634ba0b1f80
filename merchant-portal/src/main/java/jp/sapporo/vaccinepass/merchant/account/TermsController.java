package jp.sapporo.vaccinepass.merchant.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The terms of service a merchant agrees to when signing up and registering a store. */
@Controller
class TermsController {

	@GetMapping("/terms")
	String terms() {
		return "account/terms";
	}

}
