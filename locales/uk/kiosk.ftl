## Attract screen: cycles through every enabled language.

attract-title = SerTo
attract-subtitle = Публічні послуги онлайн вашою мовою
attract-touch = Торкніться екрана, щоб почати

## Language choice.

language-title = Оберіть мову
language-hint = Ви можете змінити її будь-коли.

## Home: categories and services.

home-title = Яка послуга вам потрібна?
home-hint = Торкніться послуги, щоб почати.
home-change-language = Змінити мову
home-finish = Завершити
home-category-count =
    { $count ->
        [one] { $count } послуга
        [few] { $count } послуги
        [many] { $count } послуг
       *[other] { $count } послуги
    }

## Service introduction.

service-back = Назад до послуг
service-category = Категорія: { $category }

## Out-of-service page: shown in Italian and English for the operator.

out-of-service-title = Кіоск не працює
out-of-service-body = Кіоск не може запуститися. Зверніться до віконця прийому.
out-of-service-operator = Для оператора: виправте конфігурацію та перезапустіть кіоск.
