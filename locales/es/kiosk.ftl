## Attract screen: cycles through every enabled language.

attract-title = SerTo
attract-subtitle = Servicios públicos en línea, en tu idioma
attract-touch = Toca la pantalla para empezar

## Language choice.

language-title = Elige tu idioma
language-hint = Puedes cambiarlo en cualquier momento.

## Home: categories and services.

home-title = ¿Qué servicio necesitas?
home-hint = Toca un servicio para empezar.
home-change-language = Cambiar idioma
home-finish = He terminado
home-category-count =
    { $count ->
        [one] { $count } servicio
       *[other] { $count } servicios
    }

## Service introduction.

service-back = Volver a los servicios
service-category = Categoría: { $category }

## Out-of-service page: shown in Italian and English for the operator.

out-of-service-title = Quiosco fuera de servicio
out-of-service-body = El quiosco no puede arrancar. Pregunta en la ventanilla.
out-of-service-operator = Para el operador: corrige la configuración y reinicia el quiosco.
