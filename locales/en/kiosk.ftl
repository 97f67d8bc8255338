## Attract screen: cycles through every enabled language.

attract-title = SerTo
attract-subtitle = Public services online, in your language
attract-touch = Touch the screen to start

## Language choice.

language-title = Choose your language
language-hint = You can change it at any time.

## Home: categories and services.

home-title = Which service do you need?
home-hint = Touch a service to start.
home-change-language = Change language
home-finish = I have finished
home-category-count =
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    }

## Service introduction.

service-back = Back to services
service-category = Category: { $category }

## Out-of-service page: shown in Italian and English for the operator.

out-of-service-title = Kiosk out of service
out-of-service-body = The kiosk cannot start. Please ask at the help desk.
out-of-service-operator = For the operator: correct the configuration and restart the kiosk.
