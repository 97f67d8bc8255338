## Attract screen: cycles through every enabled language.

attract-title = SerTo
attract-subtitle = Shërbime publike online, në gjuhën tënde
attract-touch = Prek ekranin për të filluar

## Language choice.

language-title = Zgjidh gjuhën
language-hint = Mund ta ndryshosh në çdo kohë.

## Home: categories and services.

home-title = Për cilin shërbim ke nevojë?
home-hint = Prek një shërbim për të filluar.
home-change-language = Ndrysho gjuhën
home-finish = Mbarova
home-category-count =
    { $count ->
        [one] { $count } shërbim
       *[other] { $count } shërbime
    }

## Service introduction.

service-back = Kthehu te shërbimet
service-category = Kategoria: { $category }

## Out-of-service page: shown in Italian and English for the operator.

out-of-service-title = Kioska nuk funksionon
out-of-service-body = Kioska nuk mund të nisë. Pyet në sportel.
out-of-service-operator = Për operatorin: korrigjo konfigurimin dhe rindize kioskën.
