## Attract screen: cycles through every enabled language.

attract-title = SerTo
attract-subtitle = Services publics en ligne, dans votre langue
attract-touch = Touchez l'écran pour commencer

## Language choice.

language-title = Choisissez votre langue
language-hint = Vous pouvez la changer à tout moment.

## Home: categories and services.

home-title = De quel service avez-vous besoin ?
home-hint = Touchez un service pour commencer.
home-change-language = Changer de langue
home-finish = J'ai terminé
home-category-count =
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    }

## Service introduction.

service-back = Retour aux services
service-category = Catégorie : { $category }

## Out-of-service page: shown in Italian and English for the operator.

out-of-service-title = Borne hors service
out-of-service-body = La borne ne peut pas démarrer. Adressez-vous au guichet.
out-of-service-operator = Pour l'opérateur : corrigez la configuration et redémarrez la borne.
