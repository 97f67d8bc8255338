## Attract screen: cycles through every enabled language.

attract-title = SerTo
attract-subtitle = Servicii publice online, în limba ta
attract-touch = Atinge ecranul ca să începi

## Language choice.

language-title = Alege limba
language-hint = O poți schimba oricând.

## Home: categories and services.

home-title = De ce serviciu ai nevoie?
home-hint = Atinge un serviciu ca să începi.
home-change-language = Schimbă limba
home-finish = Am terminat
home-category-count =
    { $count ->
        [one] { $count } serviciu
        [few] { $count } servicii
       *[other] { $count } de servicii
    }

## Service introduction.

service-back = Înapoi la servicii
service-category = Categoria: { $category }

## Out-of-service page: shown in Italian and English for the operator.

out-of-service-title = Chioșcul nu funcționează
out-of-service-body = Chioșcul nu poate porni. Mergi la ghișeu.
out-of-service-operator = Pentru operator: corectează configurația și repornește chioșcul.
