## Messages next to a field when an answer cannot be accepted. They say what
## to do, never "invalid" or "error"; what the person typed stays as it is.

error-required = Rispondi a questa domanda per continuare.
error-choice = Tocca una delle risposte.
error-number = Scrivi un numero, solo cifre.
# Variables: $min (number)
error-number-too-small = Scrivi un numero uguale o maggiore di { $min }.
# Variables: $max (number)
error-number-too-large = Scrivi un numero uguale o minore di { $max }.
error-money = Scrivi una cifra in euro, per esempio 1250 oppure 1250,50.
error-date = Scrivi una data vera: giorno, mese e anno, per esempio 15/03/1990.
# Variables: $date (string)
error-date-too-early = La data deve essere il { $date } o dopo.
# Variables: $date (string)
error-date-too-late = La data deve essere il { $date } o prima.
error-name = Scrivi il nome con lettere, come sul documento.
error-name-latin = Scrivi il nome in lettere latine (A–Z), come è scritto nel passaporto o nel permesso di soggiorno.
error-text-characters = Togli i segni speciali: usa lettere, cifre e punteggiatura.
# Variables: $max (number)
error-text-too-long = Accorcia il testo: al massimo { $max } caratteri.
error-phone = Scrivi il numero di telefono con le cifre, per esempio 333 123 4567 oppure +40 721 234 567.
error-email = Scrivi un indirizzo e-mail completo, per esempio nome@esempio.it.
error-comune = Scegli un comune italiano dall'elenco.
error-country = Scegli uno Stato dall'elenco.
error-cap = Scrivi il CAP: 5 cifre, per esempio 52100.
error-document-number = Scrivi il numero del documento: da 5 a 20 lettere e cifre.
# Variables: $found (number)
error-notice-length = Il codice avviso ha 18 cifre; ne hai scritte { $found }. Copialo dall'avviso di pagamento.
error-notice-digits = Il codice avviso ha solo cifre: copialo dall'avviso di pagamento.
error-notice-check = Questo codice avviso non è corretto: controlla ogni cifra sull'avviso.
error-nre = Scrivi il codice della ricetta (NRE): 15 caratteri, sopra i codici a barre della ricetta.
error-school-code = Scrivi il codice della scuola: 10 caratteri, per esempio ARIC82100X.
error-permit-reference = Scrivi il numero della pratica (10 caratteri) o il numero assicurata (12 cifre) della ricevuta delle Poste.
# Variables: $found (number)
error-cf-length = Il codice fiscale ha 16 caratteri (o 11 cifre se provvisorio); ne hai scritti { $found }.
error-cf-pattern = Controlla il codice fiscale: lettere e cifre devono essere al loro posto, come sulla tessera sanitaria.
error-cf-check = Il codice fiscale non è corretto: controlla ogni carattere sulla tessera sanitaria.
error-cf-date = Il codice fiscale contiene una data di nascita che non esiste: controlla i caratteri dal 7° all'11°.
# Variables: $code (string)
error-cf-birthplace = Il luogo di nascita del codice fiscale ({ $code }) non esiste: controlla i caratteri dal 12° al 15°.
# Variables: $code (string)
error-cf-birthplace-date = Il luogo di nascita del codice fiscale ({ $code }) non era valido nella data di nascita: controlla il codice.
error-citizenship-reference = Scrivi il numero della domanda come sulla ricevuta, per esempio K10/C/123456.
