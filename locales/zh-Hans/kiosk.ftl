## Attract screen: cycles through every enabled language.

attract-title = SerTo
attract-subtitle = 在线公共服务，使用您的语言
attract-touch = 请触摸屏幕开始

## Language choice.

language-title = 请选择语言
language-hint = 您可以随时更改。

## Home: categories and services.

home-title = 您需要哪项服务？
home-hint = 请触摸一项服务开始。
home-change-language = 更改语言
home-finish = 我已办完
home-category-count =
    { $count ->
       *[other] { $count } 项服务
    }

## Service introduction.

service-back = 返回服务列表
service-category = 类别：{ $category }

## Out-of-service page: shown in Italian and English for the operator.

out-of-service-title = 自助终端暂停服务
out-of-service-body = 自助终端无法启动。请到服务窗口咨询。
out-of-service-operator = 致操作员：请修正配置并重新启动自助终端。
