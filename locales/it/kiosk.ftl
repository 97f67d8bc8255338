## Attract screen: cycles through every enabled language.

attract-title = SerTo
attract-subtitle = Servizi pubblici online, nella tua lingua
attract-touch = Tocca lo schermo per iniziare

## Language choice.

language-title = Scegli la lingua
language-hint = Potrai cambiarla in ogni momento.

## Home: categories and services.

home-title = Di quale servizio hai bisogno?
home-hint = Tocca un servizio per iniziare.
home-change-language = Cambia lingua
home-finish = Ho finito
# Variables: $count (number)
home-category-count =
    { $count ->
        [one] { $count } servizio
       *[other] { $count } servizi
    }

## Service introduction.

service-back = Torna ai servizi
# Variables: $category (string)
service-category = Categoria: { $category }

## Out-of-service page: shown in Italian and English for the operator.

out-of-service-title = Chiosco fuori servizio
out-of-service-body = Il chiosco non può partire. Rivolgiti allo sportello.
out-of-service-operator = Per l'operatore: correggi la configurazione e riavvia il chiosco.
