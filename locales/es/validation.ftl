## Messages next to a field when an answer cannot be accepted. They say what
## to do, never "invalid" or "error"; what the person typed stays as it is.

error-required = Responde a esta pregunta para continuar.
error-choice = Toca una de las respuestas.
error-number = Escribe un número, solo con cifras.
error-number-too-small = Escribe un número igual o mayor que { $min }.
error-number-too-large = Escribe un número igual o menor que { $max }.
error-money = Escribe una cantidad en euros, por ejemplo 1250 o 1250,50.
error-date = Escribe una fecha real: día, mes y año, por ejemplo 15/03/1990.
error-date-too-early = La fecha tiene que ser el { $date } o después.
error-date-too-late = La fecha tiene que ser el { $date } o antes.
error-name = Escribe el nombre con letras, como en el documento.
error-name-latin = Escribe el nombre en letras latinas (A–Z), como está en tu pasaporte o en tu permiso de residencia.
error-text-characters = Quita los signos especiales: usa letras, cifras y signos de puntuación.
error-text-too-long = Acorta el texto: como máximo { $max } caracteres.
error-phone = Escribe el número de teléfono con cifras, por ejemplo 333 123 4567 o +40 721 234 567.
error-email = Escribe una dirección de correo electrónico completa, por ejemplo name@example.com.
error-comune = Elige un municipio italiano de la lista.
error-country = Elige un país de la lista.
error-cap = Escribe el código postal (CAP): 5 cifras, por ejemplo 52100.
error-document-number = Escribe el número del documento: de 5 a 20 letras y cifras.
error-notice-length = El código del aviso tiene 18 cifras; has escrito { $found }. Cópialo del aviso de pago.
error-notice-digits = El código del aviso tiene solo cifras: cópialo del aviso de pago.
error-notice-check = Este código de aviso no es correcto: revisa cada cifra en el aviso.
error-nre = Escribe el código de la receta (NRE): 15 caracteres, encima de los códigos de barras de la receta.
error-school-code = Escribe el código de la escuela: 10 caracteres, por ejemplo ARIC82100X.
error-permit-reference = Escribe el número del expediente (10 caracteres) o el «numero assicurata» (12 cifras) del recibo de Correos (Poste).
error-cf-length = El codice fiscale (código fiscal) tiene 16 caracteres (u 11 cifras si es provisional); has escrito { $found }.
error-cf-pattern = Revisa el codice fiscale: las letras y las cifras tienen que estar en su sitio, como en la tarjeta sanitaria (tessera sanitaria).
error-cf-check = El codice fiscale no es correcto: revisa cada carácter en la tarjeta sanitaria.
error-cf-date = El codice fiscale tiene una fecha de nacimiento que no existe: revisa los caracteres del 7.º al 11.º.
error-cf-birthplace = El lugar de nacimiento del codice fiscale ({ $code }) no existe: revisa los caracteres del 12.º al 15.º.
error-cf-birthplace-date = El lugar de nacimiento del codice fiscale ({ $code }) no era válido en la fecha de nacimiento: revisa el código.
error-citizenship-reference = Escribe el número de la solicitud como en el recibo, por ejemplo K10/C/123456.
