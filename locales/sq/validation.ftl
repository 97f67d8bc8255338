## Messages next to a field when an answer cannot be accepted. They say what
## to do, never "invalid" or "error"; what the person typed stays as it is.

error-required = Përgjigju kësaj pyetjeje për të vazhduar.
error-choice = Prek një nga përgjigjet.
error-number = Shkruaj një numër, vetëm me shifra.
error-number-too-small = Shkruaj një numër të barabartë ose më të madh se { $min }.
error-number-too-large = Shkruaj një numër të barabartë ose më të vogël se { $max }.
error-money = Shkruaj një shumë në euro, për shembull 1250 ose 1250,50.
error-date = Shkruaj një datë të vërtetë: ditën, muajin dhe vitin, për shembull 15/03/1990.
error-date-too-early = Data duhet të jetë { $date } ose më vonë.
error-date-too-late = Data duhet të jetë { $date } ose më herët.
error-name = Shkruaj emrin me shkronja, si në dokument.
error-name-latin = Shkruaj emrin me shkronja latine (A–Z), siç është shkruar në pasaportë ose në lejen e qëndrimit.
error-text-characters = Hiq shenjat e veçanta: përdor shkronja, shifra dhe shenja pikësimi.
error-text-too-long = Shkurtoje tekstin: jo më shumë se { $max } karaktere.
error-phone = Shkruaj numrin e telefonit me shifra, për shembull 333 123 4567 ose +40 721 234 567.
error-email = Shkruaj një adresë e-mail të plotë, për shembull nome@esempio.it.
error-comune = Zgjidh një Comune (bashki) italiane nga lista.
error-country = Zgjidh një shtet nga lista.
error-cap = Shkruaj CAP-in (kodin postar): 5 shifra, për shembull 52100.
error-document-number = Shkruaj numrin e dokumentit: nga 5 deri në 20 shkronja dhe shifra.
error-notice-length = Kodi i njoftimit të pagesës ka 18 shifra; ti ke shkruar { $found }. Kopjoje nga njoftimi i pagesës.
error-notice-digits = Kodi i njoftimit të pagesës ka vetëm shifra: kopjoje nga njoftimi i pagesës.
error-notice-check = Ky kod njoftimi nuk është i saktë: kontrollo çdo shifër në njoftim.
error-nre = Shkruaj kodin e recetës (NRE): 15 karaktere, mbi barkodet e recetës.
error-school-code = Shkruaj kodin e shkollës: 10 karaktere, për shembull ARIC82100X.
error-permit-reference = Shkruaj numrin e dosjes (10 karaktere) ose "numero assicurata" (12 shifra) nga dëftesa e Poste.
error-cf-length = Codice fiscale (kodi tatimor) ka 16 karaktere (ose 11 shifra nëse është i përkohshëm); ti ke shkruar { $found }.
error-cf-pattern = Kontrollo codice fiscale: shkronjat dhe shifrat duhet të jenë në vendin e tyre, si në kartën shëndetësore (tessera sanitaria).
error-cf-check = Codice fiscale nuk është i saktë: kontrollo çdo karakter në kartën shëndetësore.
error-cf-date = Codice fiscale ka një datë lindjeje që nuk ekziston: kontrollo karakteret nga i 7-ti deri te i 11-ti.
error-cf-birthplace = Vendi i lindjes në codice fiscale ({ $code }) nuk ekziston: kontrollo karakteret nga i 12-ti deri te i 15-ti.
error-cf-birthplace-date = Vendi i lindjes në codice fiscale ({ $code }) nuk ishte i vlefshëm në datën e lindjes: kontrollo kodin.
error-citizenship-reference = Shkruaj numrin e kërkesës si në dëftesë, për shembull K10/C/123456.
