## Messages next to a field when an answer cannot be accepted. They say what
## to do, never "invalid" or "error"; what the person typed stays as it is.

error-required = Răspunde la această întrebare ca să continui.
error-choice = Atinge unul dintre răspunsuri.
error-number = Scrie un număr, doar cu cifre.
error-number-too-small = Scrie un număr egal cu { $min } sau mai mare.
error-number-too-large = Scrie un număr egal cu { $max } sau mai mic.
error-money = Scrie o sumă în euro, de exemplu 1250 sau 1250,50.
error-date = Scrie o dată reală: ziua, luna și anul, de exemplu 15/03/1990.
error-date-too-early = Data trebuie să fie { $date } sau mai târziu.
error-date-too-late = Data trebuie să fie { $date } sau mai devreme.
error-name = Scrie numele cu litere, ca în document.
error-name-latin = Scrie numele cu litere latine (A–Z), așa cum e scris în pașaport sau în permisul de ședere.
error-text-characters = Șterge semnele speciale: folosește litere, cifre și semne de punctuație.
error-text-too-long = Scurtează textul: cel mult { $max } caractere.
error-phone = Scrie numărul de telefon cu cifre, de exemplu 333 123 4567 sau +40 721 234 567.
error-email = Scrie o adresă de e-mail completă, de exemplu name@example.com.
error-comune = Alege o localitate (comune) italiană din listă.
error-country = Alege o țară din listă.
error-cap = Scrie codul poștal (CAP): 5 cifre, de exemplu 52100.
error-document-number = Scrie numărul documentului: între 5 și 20 de litere și cifre.
error-notice-length = Codul avizului are 18 cifre; tu ai scris { $found }. Copiază-l de pe avizul de plată.
error-notice-digits = Codul avizului are doar cifre: copiază-l de pe avizul de plată.
error-notice-check = Acest cod de aviz nu este corect: verifică fiecare cifră de pe aviz.
error-nre = Scrie codul rețetei (NRE): 15 caractere, deasupra codurilor de bare de pe rețetă.
error-school-code = Scrie codul școlii: 10 caractere, de exemplu ARIC82100X.
error-permit-reference = Scrie numărul dosarului (10 caractere) sau „numero assicurata” (12 cifre) de pe chitanța de la Poste (poștă).
error-cf-length = Codice fiscale (codul fiscal) are 16 caractere (sau 11 cifre dacă este provizoriu); tu ai scris { $found }.
error-cf-pattern = Verifică codice fiscale: literele și cifrele trebuie să fie la locul lor, ca pe cardul de sănătate (tessera sanitaria).
error-cf-check = Codice fiscale nu este corect: verifică fiecare caracter de pe cardul de sănătate.
error-cf-date = Codice fiscale conține o dată de naștere care nu există: verifică caracterele de la al 7-lea la al 11-lea.
error-cf-birthplace = Locul de naștere din codice fiscale ({ $code }) nu există: verifică caracterele de la al 12-lea la al 15-lea.
error-cf-birthplace-date = Locul de naștere din codice fiscale ({ $code }) nu era valabil la data nașterii: verifică codul.
error-citizenship-reference = Scrie numărul cererii ca pe chitanță, de exemplu K10/C/123456.
