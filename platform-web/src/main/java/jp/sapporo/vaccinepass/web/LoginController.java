package jp.sapporo.vaccinepass.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page every app shares; the form posts to Spring Security. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String expired, Model model) {
		model.addAttribute("loginFailed", error != null);
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("sessionExpired", expired != null);
		return "login";
	}

}
