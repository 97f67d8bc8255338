## Messages next to a field when an answer cannot be accepted. They say what
## to do, never "invalid" or "error"; what the person typed stays as it is.

error-required = Répondez à cette question pour continuer.
error-choice = Touchez une des réponses.
error-number = Écrivez un nombre, seulement avec des chiffres.
error-number-too-small = Écrivez un nombre égal ou supérieur à { $min }.
error-number-too-large = Écrivez un nombre égal ou inférieur à { $max }.
error-money = Écrivez un montant en euros, par exemple 1250 ou 1250,50.
error-date = Écrivez une vraie date : jour, mois et année, par exemple 15/03/1990.
error-date-too-early = La date doit être le { $date } ou après.
error-date-too-late = La date doit être le { $date } ou avant.
error-name = Écrivez le nom en lettres, comme sur le document.
error-name-latin = Écrivez le nom en lettres latines (A–Z), comme dans votre passeport ou votre titre de séjour.
error-text-characters = Enlevez les signes spéciaux : utilisez des lettres, des chiffres et la ponctuation.
error-text-too-long = Raccourcissez le texte : { $max } caractères au maximum.
error-phone = Écrivez le numéro de téléphone en chiffres, par exemple 333 123 4567 ou +40 721 234 567.
error-email = Écrivez une adresse e-mail complète, par exemple name@example.com.
error-comune = Choisissez une commune italienne dans la liste.
error-country = Choisissez un pays dans la liste.
error-cap = Écrivez le code postal (CAP) : 5 chiffres, par exemple 52100.
error-document-number = Écrivez le numéro du document : de 5 à 20 lettres et chiffres.
error-notice-length = Le code de l'avis a 18 chiffres ; vous en avez écrit { $found }. Copiez-le depuis l'avis de paiement.
error-notice-digits = Le code de l'avis contient seulement des chiffres : copiez-le depuis l'avis de paiement.
error-notice-check = Ce code d'avis n'est pas correct : vérifiez chaque chiffre sur l'avis.
error-nre = Écrivez le code de l'ordonnance (NRE) : 15 caractères, au-dessus des codes-barres de l'ordonnance.
error-school-code = Écrivez le code de l'école : 10 caractères, par exemple ARIC82100X.
error-permit-reference = Écrivez le numéro du dossier (10 caractères) ou le « numero assicurata » (12 chiffres) du reçu de la Poste.
error-cf-length = Le codice fiscale (code fiscal) a 16 caractères (ou 11 chiffres s'il est provisoire) ; vous en avez écrit { $found }.
error-cf-pattern = Vérifiez le codice fiscale : les lettres et les chiffres doivent être à leur place, comme sur la carte sanitaire (tessera sanitaria).
error-cf-check = Le codice fiscale n'est pas correct : vérifiez chaque caractère sur la carte sanitaire.
error-cf-date = Le codice fiscale contient une date de naissance qui n'existe pas : vérifiez les caractères 7 à 11.
error-cf-birthplace = Le lieu de naissance du codice fiscale ({ $code }) n'existe pas : vérifiez les caractères 12 à 15.
error-cf-birthplace-date = Le lieu de naissance du codice fiscale ({ $code }) n'était pas valable à la date de naissance : vérifiez le code.
error-citizenship-reference = Écrivez le numéro de la demande comme sur le reçu, par exemple K10/C/123456.
