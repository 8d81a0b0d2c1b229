"""Boilerplate phrases of languages presswash does not detect (Russian, Ukrainian, Polish, Turkish,
Indonesian, Japanese, Chinese, Korean): their pages read as undetermined, and every language's
phrase data applies; ``lang=<code>`` picks one language's data (and English's).

Every text here is invented. Each language has a small page (menu, headline, five article
paragraphs, footer); a case inserts widget lines in the tail, the head or after paragraph N.
"""

from __future__ import annotations

import pytest

from presswash import clean_article
from presswash.language import detect_language

from .test_boilerplate_languages import assert_gone_with_paragraphs_kept, kept_lines
from .test_boilerplate_languages import build as build_page

PAGES = {
    "ru": (  # Russian
        ["Главная", "Новости", "Политика", "Экономика", "Спорт", "Контакты"],
        "Городской совет одобрил реконструкцию старого вокзала",
        [
            "Городской совет небольшого города в понедельник вечером решил превратить старый железнодорожный вокзал "
            "в культурный центр, после того как здание почти десять лет стояло пустым и постепенно разрушалось.",
            "Мэр сказала после заседания, что рада широкому большинству, потому что вокзал для многих жителей "
            "района остаётся важным местом, с которым связаны воспоминания о поездках, встречах и проводах.",
            "Работы должны начаться следующей весной и обойдутся примерно в сто двадцать миллионов рублей, большую "
            "часть которых оплатит область, как сообщила во вторник пресс-служба городской администрации.",
            "Некоторые жители выступали против планов, потому что опасаются роста движения на узких улицах вокруг "
            "вокзала, однако их возражения не нашли поддержки у большинства депутатов совета.",
            "Если всё пойдёт по плану, центр откроется через два года: в нём появятся небольшой кинозал, библиотека "
            "и помещения для городских клубов, кружков и общественных организаций.",
        ],
        ["Политика конфиденциальности", "Карта сайта", "© 2024 Пример Медиа. Все права защищены."],
    ),
    "uk": (  # Ukrainian
        ["Головна", "Новини", "Політика", "Економіка", "Спорт", "Контакти"],
        "Міська рада схвалила реконструкцію старого вокзалу",
        [
            "Міська рада невеликого міста в понеділок увечері вирішила перетворити старий залізничний вокзал на "
            "культурний центр, після того як будівля майже десять років стояла порожньою і поступово руйнувалася.",
            "Мерка сказала після засідання, що тішиться широкою більшістю, адже вокзал для багатьох мешканців "
            "району залишається важливим місцем, з яким пов’язані спогади про подорожі, зустрічі та проводи.",
            "Роботи мають розпочатися наступної весни й коштуватимуть приблизно сто двадцять мільйонів гривень, "
            "більшу частину яких сплатить область, як повідомила у вівторок пресслужба міської адміністрації.",
            "Деякі мешканці виступали проти планів, бо побоюються зростання руху на вузьких вулицях довкола "
            "вокзалу, проте їхні заперечення не знайшли підтримки в більшості депутатів ради.",
            "Якщо все піде за планом, центр відкриється за два роки: у ньому з’являться невеликий кінозал, "
            "бібліотека та приміщення для міських клубів, гуртків і громадських організацій.",
        ],
        ["Політика конфіденційності", "Карта сайту", "© 2024 Приклад Медіа. Усі права захищені."],
    ),
    "pl": (  # Polish
        ["Strona główna", "Wiadomości", "Polityka", "Gospodarka", "Sport", "Kontakt"],
        "Rada miasta zgodziła się na budowę nowej linii tramwajowej",
        [
            "Radni miasta przegłosowali we wtorek wieczorem budowę nowej linii tramwajowej, która połączy dworzec "
            "główny z osiedlami na północy, choć dyskusja nad projektem trwała prawie cztery godziny.",
            "Prezydent miasta powiedziała po sesji, że cieszy się z szerokiego poparcia, ponieważ mieszkańcy "
            "północnych dzielnic od lat czekają na szybkie i wygodne połączenie z centrum.",
            "Prace mają ruszyć wiosną przyszłego roku i kosztować około trzystu milionów złotych, z czego większość "
            "pokryją fundusze unijne, jak poinformował w środę urząd marszałkowski.",
            "Część mieszkańców sprzeciwiała się planom, bo obawia się hałasu i wycinki drzew wzdłuż alei, jednak "
            "ich zastrzeżenia nie znalazły poparcia większości radnych podczas głosowania.",
            "Jeśli wszystko pójdzie zgodnie z planem, pierwsze tramwaje pojadą nową trasą za trzy lata, a przy "
            "przystankach powstaną parkingi dla rowerów i nowe zieleńce.",
        ],
        ["Polityka prywatności", "Regulamin", "© 2024 Przykładowe Media. Wszelkie prawa zastrzeżone."],
    ),
    "tr": (  # Turkish
        ["Ana Sayfa", "Gündem", "Ekonomi", "Spor", "Dünya", "İletişim"],
        "Belediye meclisi eski vapur iskelesinin yenilenmesini onayladı",
        [
            "Belediye meclisi salı akşamı yaptığı toplantıda, yaklaşık on yıldır kullanılmayan eski vapur "
            "iskelesinin kültür merkezine dönüştürülmesini oy çokluğuyla kabul etti ve projenin ayrıntılarını "
            "açıkladı.",
            "Belediye başkanı toplantının ardından yaptığı açıklamada, iskelenin kentte yaşayan pek çok kişi için "
            "önemli bir hatıra yeri olduğunu ve kararın geniş destek görmesinden memnun olduğunu söyledi.",
            "Çalışmaların gelecek ilkbaharda başlaması ve yaklaşık üç yüz milyon liraya mal olması bekleniyor; "
            "maliyetin büyük bölümünü bölgesel kalkınma ajansı karşılayacak, belediye bunu çarşamba günü duyurdu.",
            "Bazı mahalle sakinleri, sahil yolunda trafiğin artacağından ve ağaçların kesileceğinden endişe ederek "
            "projeye karşı çıkmıştı, ancak itirazları mecliste yeterli desteği bulamadı.",
            "Her şey planlandığı gibi giderse merkez iki yıl içinde açılacak; binada küçük bir sinema salonu, bir "
            "kütüphane ve mahalle derneklerinin kullanabileceği toplantı odaları yer alacak.",
        ],
        ["Gizlilik Politikası", "Künye", "© 2024 Örnek Medya. Tüm hakları saklıdır."],
    ),
    "id": (  # Indonesian
        ["Beranda", "Berita", "Nasional", "Ekonomi", "Olahraga", "Kontak"],
        "DPRD kota setujui renovasi gedung stasiun lama menjadi pusat kebudayaan",
        [
            "Dewan Perwakilan Rakyat Daerah kota menyetujui rencana pemerintah untuk mengubah gedung stasiun lama "
            "menjadi pusat kebudayaan dalam rapat paripurna pada Senin malam, setelah gedung itu kosong selama "
            "hampir sepuluh tahun.",
            "Wali kota mengatakan seusai rapat bahwa ia senang dengan dukungan yang luas, karena stasiun tersebut "
            "masih menjadi tempat penuh kenangan bagi banyak warga di wilayah ini.",
            "Pekerjaan renovasi dijadwalkan dimulai awal tahun depan dengan biaya sekitar empat puluh miliar "
            "rupiah, yang sebagian besar ditanggung pemerintah provinsi, menurut keterangan resmi yang dirilis pada "
            "Selasa.",
            "Sejumlah warga sempat menolak rencana itu karena khawatir lalu lintas di jalan sempit sekitar stasiun "
            "akan semakin padat, tetapi keberatan mereka tidak mendapat dukungan mayoritas anggota dewan.",
            "Jika semua berjalan sesuai rencana, pusat kebudayaan itu akan dibuka dua tahun lagi dengan ruang "
            "bioskop kecil, perpustakaan, serta ruangan untuk kegiatan komunitas dan sanggar seni warga.",
        ],
        ["Kebijakan Privasi", "Pedoman Media Siber", "© 2024 Contoh Media. Hak cipta dilindungi undang-undang."],
    ),
    "ja": (  # Japanese
        ["ホーム", "ニュース", "政治", "経済", "スポーツ", "お問い合わせ"],
        "市議会、旧駅舎を文化センターに改修する計画を可決",
        [
            "市議会は月曜日の夜、十年近く使われていなかった旧駅舎を文化センターに改修する計画を賛成多数で可決し、来"
            "年の春にも工事が始まる見通しとなった。",
            "市長は議会の後、幅広い賛成が得られたことを喜んでいると述べ、旧駅舎は地域の多くの人々にとって大切な思い"
            "出の場所であり続けていると強調した。",
            "工事費はおよそ三億円と見込まれており、その大部分は県の補助金でまかなわれる予定だと、市の担当者が火曜日"
            "に明らかにした。",
            "一部の住民は駅周辺の狭い道路で交通量が増えることを心配して計画に反対していたが、その意見は議会で多数の"
            "支持を得られなかった。",
            "計画通りに進めば、文化センターは二年後に開館し、小さな映画館や図書館のほか、市内の団体が使える会議室も"
            "設けられる予定だという。",
        ],
        ["プライバシーポリシー", "利用規約", "© 2024 サンプル新聞社 All Rights Reserved."],
    ),
    "zh": (  # Chinese
        ["首页", "新闻", "国内", "财经", "体育", "联系我们"],
        "市议会通过旧火车站改建为文化中心的计划",
        [
            "市议会周一晚间以多数票通过一项计划，决定把闲置了将近十年的旧火车站改建成文化中心，工程预计明年春天正式"
            "开工。",
            "市长在会后表示，她对计划获得广泛支持感到高兴，因为对于当地许多居民来说，这座老车站一直是承载着共同回忆"
            "的重要地方。",
            "据市政府周二公布的数字，整个工程预计耗资约三亿元人民币，其中大部分费用将由省级财政拨款承担，其余部分由"
            "市里自筹。",
            "部分居民此前担心车站周边狭窄的道路会因此变得更加拥挤，因而反对这项计划，但他们的意见在议会表决中没有得"
            "到多数支持。",
            "如果一切按计划进行，文化中心将在两年后开放，里面将设有一个小型电影院、一座图书馆，以及供本市各类社团使"
            "用的活动室。",
        ],
        ["关于我们", "隐私政策", "© 2024 示例新闻网 版权所有", "京ICP备12345678号"],
    ),
    "ko": (  # Korean
        ["홈", "뉴스", "정치", "경제", "스포츠", "고객센터"],
        "시의회, 옛 기차역을 문화센터로 바꾸는 계획 통과",
        [
            "시의회는 월요일 저녁 본회의를 열고 거의 십 년 동안 비어 있던 옛 기차역 건물을 문화센터로 바꾸는 계획을 "
            "찬성 다수로 통과시켰으며, 공사는 이르면 내년 봄에 시작될 예정이라고 밝혔다.",
            "시장은 회의가 끝난 뒤 기자들과 만나 많은 의원들이 계획을 지지해 주어 기쁘다고 말하면서, 옛 기차역은 지"
            "역의 많은 주민들에게 여전히 소중한 추억이 담긴 장소라고 강조했다.",
            "시청 관계자는 화요일 전체 공사비가 약 삼십억 원에 이를 것으로 보인다고 설명했으며, 그 가운데 대부분은 "
            "도에서 지원하는 보조금으로 충당하고 나머지는 시 예산으로 마련할 계획이라고 덧붙였다.",
            "일부 주민들은 역 주변의 좁은 도로에 차량이 늘어날 것을 걱정하며 계획에 반대해 왔지만, 그들의 의견은 이"
            "번 본회의 표결에서 충분한 지지를 얻지 못한 것으로 나타났다.",
            "계획대로 진행된다면 문화센터는 이 년 뒤에 문을 열게 되며, 그 안에는 작은 영화관과 도서관, 그리고 시내의"
            " 여러 단체들이 함께 사용할 수 있는 모임 공간이 들어설 예정이다.",
        ],
        ["개인정보처리방침", "이용약관", "이메일무단수집거부", "Copyright ⓒ 2024 예시신문. All rights reserved."],
    ),
}


def build(language: str, where: str = "", lines: tuple[str, ...] = ()) -> str:
    """The language's page with ``lines`` in the tail, in the head or after paragraph N."""
    return build_page(language, where, lines, PAGES)


def clean(text: str, language: str | None = None):
    return clean_article(text, steps=["boilerplate"], lang=language)


@pytest.mark.parametrize("language", list(PAGES))
def test_pages_read_as_undetermined_and_lose_no_paragraph(language):
    text = build(language)
    assert detect_language(text) == "und"
    kept = kept_lines(clean(text))
    for paragraph in PAGES[language][2]:
        assert paragraph in kept


MUST_REMOVE = [
    # (language, where, lines, category of the first line)
    ("ru", "tail", (
        "Добавить комментарий",
        "Отменить ответ",
        "Ваш адрес email не будет опубликован. Обязательные поля помечены *",
        "Комментарий *",
        "Имя *",
        "Email *",
        "Сайт",
        "Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.",
        "Отправить комментарий",
    ), "comment_thread"),
    ("ru", "tail", (
        "3 комментария",
        "Отличная статья, спасибо! Давно ждали хороших новостей о нашем вокзале.",
        "Ответить",
        "А парковку у вокзала сохранят?",
        "Ответить",
    ), "comment_thread"),
    ("ru", "tail", (
        "2 комментария к записи «Городской совет одобрил реконструкцию старого вокзала»",
    ), "comment_thread"),
    ("ru", "tail", ("Уведомлять меня о новых комментариях по email.",), "comment_form"),
    ("ru", "tail", ("Этот сайт использует Akismet для борьбы со спамом.",), "comment_form"),
    ("ru", "tail", (
        "Читайте также",
        "В городе откроют новый бассейн",
        "Субботняя ярмарка переезжает на площадь",
    ), "related_links"),
    ("ru", "tail", (
        "Вам также может понравиться",
        "В городе откроют новый бассейн",
        "Субботняя ярмарка переезжает на площадь",
    ), "related_links"),
    ("ru", "tail", ("Предыдущая статья", "Городской бюджет вырос на пять процентов"), "related_links"),
    ("ru", "body1", ("Реклама",), "advertisement"),
    ("ru", "tail", ("Реклама. ООО «Ромашка», ИНН 7700000000, erid: 2VtzqwH7kLm",), "advertisement"),
    ("ru", "body2", ("Поделиться",), "share_widget"),
    ("ru", "tail", ("Нажмите, чтобы поделиться на Facebook (Открывается в новом окне)",), "share_widget"),
    ("ru", "tail", ("Подписывайтесь на наш канал в Telegram",), "share_widget"),
    ("ru", "tail", ("Нашли ошибку? Выделите её и нажмите Ctrl+Enter",), "share_widget"),
    ("ru", "head", ("5 минут чтения",), "reading_time"),
    ("ru", "head", ("12 марта 2024, 14:30",), "byline_decoration"),
    ("ru", "head", ("Обновлено: 13.03.2024",), "byline_decoration"),
    ("ru", "head", ("Автор: Анна Смирнова",), "author_bio"),
    ("ru", "body2", ("Читайте также: В городе откроют новый бассейн",), "read_more"),
    ("ru", "tail", ("Теги: вокзал, культура, городской совет",), "tags"),
    ("ru", "tail", ("Подпишитесь на нашу рассылку и получайте главные новости на почту",), "newsletter_plug"),
    ("ru", "tail", ("Слушайте наш подкаст на всех платформах",), "podcast_plug"),
    ("ru", "tail", ("Скачайте наше приложение для iOS и Android",), "app_plug"),
    ("ru", "tail", ("Этот материал доступен только подписчикам", "Оформить подписку"), "subscription_plug"),
    ("ru", "tail", ("Этот сайт использует файлы cookie для улучшения работы.", "Принять"), "cookie_notice"),
    ("ru", "tail", (
        "Мы используем cookies. Продолжая пользоваться сайтом, вы соглашаетесь с их использованием.",
        "Принять все",
    ), "cookie_notice"),
    ("ru", "body0", ("Фото: Иван Петров",), "photo_credit"),
    ("ru", "tail", ("При полном или частичном использовании материалов ссылка на издание обязательна.",), "copyright"),
    ("ru", "tail", (
        "Анна Смирнова работает корреспондентом городской газеты и много лет пишет о культуре и архитектуре.",
    ), "author_bio"),
    ("ru", "tail", ("Отписаться от рассылки",), "email_footer"),
    ("ru", "head", ("Содержание", "Решение совета", "Стоимость работ", "Мнение жителей"), "table_of_contents"),
    ("uk", "tail", (
        "Залишити коментар",
        "Скасувати відповідь",
        "Ваша e-mail адреса не оприлюднюватиметься. Обов’язкові поля позначені *",
        "Коментар *",
        "Ім’я *",
        "Email *",
        "Сайт",
        "Зберегти моє ім’я, e-mail, та адресу сайту в цьому браузері для моїх подальших коментарів.",
        "Опублікувати коментар",
    ), "comment_thread"),
    ("uk", "tail", (
        "3 коментарі",
        "Чудова стаття, дякую! Давно чекали добрих новин про наш вокзал.",
        "Відповісти",
        "А парковку біля вокзалу залишать?",
        "Відповісти",
    ), "comment_thread"),
    ("uk", "tail", ("Одна думка про “Міська рада схвалила реконструкцію старого вокзалу”",), "comment_thread"),
    ("uk", "tail", ("Сповіщати мене про нові коментарі поштою.",), "comment_form"),
    ("uk", "tail", ("Цей сайт використовує Akismet для зменшення спаму.",), "comment_form"),
    ("uk", "tail", (
        "Читайте також",
        "У місті відкриють новий басейн",
        "Суботній ярмарок переїжджає на площу",
    ), "related_links"),
    ("uk", "tail", (
        "Вам також може сподобатися",
        "У місті відкриють новий басейн",
        "Суботній ярмарок переїжджає на площу",
    ), "related_links"),
    ("uk", "tail", ("Попередня стаття", "Міський бюджет зріс на п’ять відсотків"), "related_links"),
    ("uk", "body1", ("Реклама",), "advertisement"),
    ("uk", "tail", ("Ця стаття містить партнерські посилання.",), "advertisement"),
    ("uk", "body2", ("Поділитися",), "share_widget"),
    ("uk", "tail", ("Натисніть, щоб поділитися на Facebook (Відкривається у новому вікні)",), "share_widget"),
    ("uk", "tail", ("Підписуйтесь на наш канал у Telegram",), "share_widget"),
    ("uk", "tail", ("Помітили помилку? Виділіть її та натисніть Ctrl+Enter",), "share_widget"),
    ("uk", "head", ("5 хв читання",), "reading_time"),
    ("uk", "head", ("12 березня 2024, 14:30",), "byline_decoration"),
    ("uk", "head", ("Оновлено: 13.03.2024",), "byline_decoration"),
    ("uk", "head", ("Авторка: Олена Коваль",), "author_bio"),
    ("uk", "body2", ("Читайте також: У місті відкриють новий басейн",), "read_more"),
    ("uk", "tail", ("Теги: вокзал, культура, міська рада",), "tags"),
    ("uk", "tail", ("Підпишіться на нашу розсилку та отримуйте головні новини на пошту",), "newsletter_plug"),
    ("uk", "tail", ("Слухайте наш подкаст на всіх платформах",), "podcast_plug"),
    ("uk", "tail", ("Завантажте наш застосунок для iOS та Android",), "app_plug"),
    ("uk", "tail", ("Цей матеріал доступний лише для передплатників", "Оформити передплату"), "subscription_plug"),
    ("uk", "tail", ("Цей сайт використовує файли cookie для покращення роботи.", "Прийняти"), "cookie_notice"),
    ("uk", "tail", (
        "Ми використовуємо cookies. Продовжуючи користуватися сайтом, ви погоджуєтеся з їх використанням.",
        "Прийняти всі",
    ), "cookie_notice"),
    ("uk", "body0", ("Фото: Іван Петренко",), "photo_credit"),
    ("uk", "tail", ("Використання матеріалів дозволяється лише за умови посилання на видання.",), "copyright"),
    ("uk", "tail", (
        "Олена Коваль працює кореспонденткою міської газети й багато років пише про культуру та архітектуру.",
    ), "author_bio"),
    ("uk", "tail", ("Відписатися від розсилки",), "email_footer"),
    ("uk", "head", ("Зміст", "Рішення ради", "Вартість робіт", "Думка мешканців"), "table_of_contents"),
    ("pl", "tail", (
        "Dodaj komentarz",
        "Anuluj pisanie odpowiedzi",
        "Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *",
        "Komentarz *",
        "Nazwa *",
        "E-mail *",
        "Witryna internetowa",
        "Zapisz moje dane, adres e-mail i witrynę w przeglądarce aby wypełnić dane podczas pisania kolejnych "
        "komentarzy.",
        "Opublikuj komentarz",
    ), "comment_thread"),
    ("pl", "tail", (
        "3 komentarze",
        "Ewa z Bielan",
        "Wreszcie! Czekamy na ten tramwaj od dziesięciu lat, a autobusy stoją w korkach.",
        "Odpowiedz",
    ), "comment_thread"),
    ("pl", "tail", (
        "2 odpowiedzi do „Rada miasta zgodziła się na budowę nowej linii tramwajowej”",
    ), "comment_thread"),
    ("pl", "tail", (
        "Dzięki za artykuł! Mieszkam przy alei i naprawdę boję się wycinki tych starych lip.",
        "A kiedy dokładnie ruszą prace?",
        "Świetny tekst, wreszcie ktoś to dobrze wyjaśnił.",
    ), "comment_thread"),
    ("pl", "tail", ("Powiadom mnie o kolejnych komentarzach przez e-mail.",), "comment_form"),
    ("pl", "tail", (
        "Podobne artykuły",
        "Nowy basen otwarty po remoncie",
        "Targ śniadaniowy wraca na rynek",
    ), "related_links"),
    ("pl", "tail", (
        "Może cię zainteresować",
        "Nowy basen otwarty po remoncie",
        "Targ śniadaniowy wraca na rynek",
    ), "related_links"),
    ("pl", "body1", ("Reklama",), "advertisement"),
    ("pl", "head", (
        "Jeśli kupisz produkt za pośrednictwem linków w tym artykule, możemy otrzymać prowizję.",
    ), "advertisement"),
    ("pl", "body2", ("Udostępnij",), "share_widget"),
    ("pl", "tail", ("Kliknij, aby udostępnić na Facebooku (Otwiera się w nowym oknie)",), "share_widget"),
    ("pl", "tail", ("Obserwuj nas w Google News",), "share_widget"),
    ("pl", "head", ("Czas czytania: 4 min",), "reading_time"),
    ("pl", "head", ("12 marca 2024, 14:30",), "byline_decoration"),
    ("pl", "head", ("Aktualizacja: 12.03.2024 15:10",), "byline_decoration"),
    ("pl", "head", ("Posłuchaj artykułu",), "podcast_plug"),
    ("pl", "head", ("Spis treści",), "table_of_contents"),
    ("pl", "body2", ("Czytaj także: Nowy basen otwarty po remoncie",), "read_more"),
    ("pl", "tail", ("Tagi: tramwaj, komunikacja, rada miasta",), "tags"),
    ("pl", "tail", (
        "Zapisz się do naszego newslettera i otrzymuj najważniejsze wiadomości prosto na swoją skrzynkę",
    ), "newsletter_plug"),
    ("pl", "tail", ("Pobierz naszą aplikację",), "app_plug"),
    ("pl", "tail", (
        "Ten artykuł jest dostępny tylko dla subskrybentów.",
        "Masz już konto? Zaloguj się",
    ), "subscription_plug"),
    ("pl", "tail", (
        "Ta strona używa plików cookies, aby zapewnić Ci najlepsze doświadczenia.",
        "Akceptuję",
    ), "cookie_notice"),
    ("pl", "body1", ("Fot. Jan Kowalski / Przykładowa Agencja",), "photo_credit"),
    ("pl", "body0", ("Źródło: urząd miasta",), "photo_credit"),
    ("pl", "tail", (
        "O autorze",
        "Anna Nowak jest dziennikarką i od wielu lat pisze o komunikacji miejskiej dla lokalnych gazet.",
    ), "author_bio"),
    ("pl", "tail", (
        "Anna Nowak jest dziennikarką i od wielu lat pisze o komunikacji miejskiej dla lokalnych gazet.",
    ), "author_bio"),
    ("pl", "tail", ("Strona 1 z 3", "Następna strona"), "navigation"),
    ("pl", "tail", (
        "Otrzymujesz tę wiadomość, ponieważ zapisałeś się do naszego newslettera.",
        "Wypisz się",
    ), "email_footer"),
    ("pl", "tail", ("Kopiowanie i rozpowszechnianie materiałów bez zgody redakcji zabronione.",), "copyright"),
    ("tr", "tail", (
        "Bir yanıt yazın",
        "Yanıtı iptal et",
        "E-posta adresiniz yayınlanmayacak. Gerekli alanlar * ile işaretlenmişlerdir",
        "Yorum *",
        "İsim *",
        "E-posta *",
        "İnternet sitesi",
        "Daha sonraki yorumlarımda kullanılması için adım, e-posta adresim ve site adresim bu tarayıcıya "
        "kaydedilsin.",
        "Yorum gönder",
    ), "comment_thread"),
    ("tr", "tail", (
        "3 Yorum",
        "Mehmet K.",
        "Sonunda! İskele yıllardır çürümeye terk edilmişti, umarım bu sefer gerçekten yapılır.",
        "Yanıtla",
    ), "comment_thread"),
    ("tr", "tail", (
        "“Belediye meclisi eski vapur iskelesinin yenilenmesini onayladı” üzerine 2 düşünce",
    ), "comment_thread"),
    ("tr", "tail", (
        "Emeğinize sağlık, iskelenin eski fotoğraflarını görünce çocukluğum aklıma geldi, babamla her pazar oradan "
        "vapura binerdik.",
        "Otopark ne olacak peki?",
        "Çok güzel bir yazı olmuş, teşekkürler.",
    ), "comment_thread"),
    ("tr", "tail", ("Yeni yorumları bana e-posta ile bildir.",), "comment_form"),
    ("tr", "tail", (
        "İlgili Haberler",
        "Belediye havuzu yeniden açılıyor",
        "Cumartesi pazarı sahile taşınıyor",
    ), "related_links"),
    ("tr", "tail", (
        "Bunlar da ilginizi çekebilir",
        "Belediye havuzu yeniden açılıyor",
        "Cumartesi pazarı sahile taşınıyor",
    ), "related_links"),
    ("tr", "tail", ("Önceki Haber", "Sonraki Haber"), "related_links"),
    ("tr", "body1", ("Reklam",), "advertisement"),
    ("tr", "body1", ("Haberin devamı reklamdan sonra",), "advertisement"),
    ("tr", "body2", ("Paylaş",), "share_widget"),
    ("tr", "tail", ("Facebook'ta paylaşmak için tıklayın (Yeni pencerede açılır)",), "share_widget"),
    ("tr", "tail", ("Bizi Google News'ten takip edin",), "share_widget"),
    ("tr", "head", ("Okuma süresi: 4 dk",), "reading_time"),
    ("tr", "head", ("12 Mart 2024, 14:30",), "byline_decoration"),
    ("tr", "head", ("Güncelleme: 12.03.2024 15:10",), "byline_decoration"),
    ("tr", "head", ("Haberi dinle",), "podcast_plug"),
    ("tr", "head", ("İçindekiler",), "table_of_contents"),
    ("tr", "body2", ("İlgili Haber: Belediye havuzu yeniden açılıyor",), "read_more"),
    ("tr", "tail", ("Devamını oku",), "read_more"),
    ("tr", "tail", ("Etiketler: iskele, kültür merkezi, belediye meclisi",), "tags"),
    ("tr", "tail", ("Bültenimize abone olun, günün en önemli haberleri e-posta kutunuza gelsin.",), "newsletter_plug"),
    ("tr", "tail", ("Uygulamamızı indirin",), "app_plug"),
    ("tr", "tail", (
        "Bu içerik sadece abonelere özeldir.",
        "Zaten bir hesabınız var mı? Giriş yap",
    ), "subscription_plug"),
    ("tr", "tail", (
        "Bu web sitesi, deneyiminizi iyileştirmek için çerezleri kullanmaktadır.",
        "Tümünü kabul et",
    ), "cookie_notice"),
    ("tr", "body1", ("Fotoğraf: Ahmet Demir / Örnek Ajans",), "photo_credit"),
    ("tr", "body0", ("Kaynak: belediye basın bürosu",), "photo_credit"),
    ("tr", "tail", (
        "Yazar hakkında",
        "Ayşe Yılmaz serbest gazetecidir ve uzun yıllardır kentin kıyı projeleri üzerine yazıyor.",
    ), "author_bio"),
    ("tr", "tail", (
        "Ayşe Yılmaz serbest gazetecidir ve uzun yıllardır kentin kıyı projeleri üzerine yazıyor.",
    ), "author_bio"),
    ("tr", "tail", ("Sayfa 1 / 3", "Sonraki sayfa"), "navigation"),
    ("tr", "tail", ("Bu e-postayı bültenimize abone olduğunuz için alıyorsunuz.", "Abonelikten çık"), "email_footer"),
    ("tr", "tail", ("Sitemizde yayınlanan haberler izinsiz kullanılamaz.",), "copyright"),
    # in capitals: "ı" matches "I", which lowercases to "i"; "İ" matches "i" (the gates must find both)
    ("tr", "tail", ("TÜM HAKLARI SAKLIDIR.",), "copyright"),
    ("tr", "tail", ("HABERLERİ E-POSTANIZA GELSİN, BÜLTENİMİZE KAYDOLUN",), "newsletter_plug"),
    ("id", "tail", (
        "Tinggalkan Balasan",
        "Batalkan balasan",
        "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
        "Komentar *",
        "Nama *",
        "Email *",
        "Situs Web",
        "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.",
        "Kirim Komentar",
    ), "comment_thread"),
    ("id", "tail", (
        "3 Komentar",
        "Budi Santoso",
        "Akhirnya! Stasiun itu sudah lama terbengkalai, semoga kali ini benar-benar dikerjakan sampai selesai.",
        "Balas",
    ), "comment_thread"),
    ("id", "tail", (
        "Satu komentar pada “DPRD kota setujui renovasi gedung stasiun lama menjadi pusat kebudayaan”",
    ), "comment_thread"),
    ("id", "tail", (
        "Terima kasih atas informasinya, saya dulu sering naik kereta dari stasiun itu bersama kakek setiap liburan "
        "sekolah.",
        "Parkirnya nanti di mana ya?",
        "Artikelnya sangat bermanfaat, ditunggu kabar berikutnya.",
    ), "comment_thread"),
    ("id", "tail", ("Beritahu saya akan tindak lanjut komentar melalui email.",), "comment_form"),
    ("id", "tail", (
        "Berita Terkait",
        "Kolam renang kota dibuka kembali",
        "Pasar Sabtu pindah ke alun-alun",
    ), "related_links"),
    ("id", "tail", (
        "Terpopuler",
        "Kolam renang kota dibuka kembali",
        "Pasar Sabtu pindah ke alun-alun",
    ), "related_links"),
    ("id", "tail", ("Artikel Sebelumnya", "Artikel Selanjutnya"), "related_links"),
    ("id", "body1", ("Iklan",), "advertisement"),
    ("id", "body1", ("Scroll untuk melanjutkan",), "advertisement"),
    ("id", "body2", ("Bagikan",), "share_widget"),
    ("id", "tail", ("Klik untuk berbagi pada Facebook (Membuka di jendela yang baru)",), "share_widget"),
    ("id", "tail", ("Ikuti berita terkini dan pilihan kami di Google News, klik di sini",), "share_widget"),
    ("id", "head", ("Waktu baca: 4 menit",), "reading_time"),
    ("id", "head", ("Senin, 12 Februari 2024 14:30 WIB",), "byline_decoration"),
    ("id", "head", ("Diperbarui: 12 Februari 2024, 15:10 WIB",), "byline_decoration"),
    ("id", "head", ("Dengarkan artikel ini",), "podcast_plug"),
    ("id", "head", ("Daftar Isi",), "table_of_contents"),
    ("id", "body2", ("Baca juga: Kolam renang kota dibuka kembali",), "read_more"),
    ("id", "tail", ("Baca selengkapnya",), "read_more"),
    ("id", "tail", ("Tag: stasiun, kebudayaan, DPRD",), "tags"),
    ("id", "tail", (
        "Berlangganan newsletter kami dan dapatkan berita pilihan langsung di kotak masuk Anda",
    ), "newsletter_plug"),
    ("id", "tail", ("Unduh aplikasi kami",), "app_plug"),
    ("id", "tail", ("Artikel ini khusus untuk pelanggan.", "Sudah punya akun? Masuk"), "subscription_plug"),
    ("id", "tail", (
        "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
        "Terima semua",
    ), "cookie_notice"),
    ("id", "body1", ("Foto: Andi Pratama / Contoh Agensi",), "photo_credit"),
    ("id", "body0", ("Sumber: Humas Pemkot",), "photo_credit"),
    ("id", "tail", (
        "Tentang Penulis",
        "Siti Rahayu adalah jurnalis lepas yang tinggal di kota ini dan menulis tentang warisan budaya.",
    ), "author_bio"),
    ("id", "tail", (
        "Siti Rahayu adalah jurnalis lepas yang tinggal di kota ini dan menulis tentang warisan budaya.",
    ), "author_bio"),
    ("id", "tail", ("Penulis: Siti Rahayu", "Editor: Dewi Lestari"), "author_bio"),
    ("id", "tail", ("Halaman 1 dari 3", "Halaman selanjutnya"), "navigation"),
    ("id", "tail", (
        "Anda menerima email ini karena telah berlangganan newsletter kami.",
        "Berhenti berlangganan",
    ), "email_footer"),
    ("id", "tail", (
        "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas tanpa seizin "
        "redaksi.",
    ), "copyright"),
    ("ja", "tail", (
        "コメントを残す",
        "返信をキャンセル",
        "メールアドレスが公開されることはありません。 * が付いている欄は必須項目です",
        "コメント *",
        "名前 *",
        "メール *",
        "サイト",
        "次回のコメントで使用するためブラウザーに自分の名前、メールアドレス、サイトを保存する。",
        "コメントを送信",
    ), "comment_thread"),
    ("ja", "tail", (
        "3件のコメント",
        "とても参考になりました。駅舎が残ることになって本当にうれしいです。",
        "返信",
        "工事はいつ頃から始まるのでしょうか？",
        "返信",
    ), "comment_thread"),
    ("ja", "tail", ("“市議会、旧駅舎を文化センターに改修する計画を可決” への2件のフィードバック",), "comment_thread"),
    ("ja", "tail", (
        "いつも楽しく拝見しています。駅舎の古い写真をもっと見てみたいです。",
        "駐車場はそのまま使えるのでしょうか？",
        "とても参考になりました。完成が楽しみです。",
    ), "comment_thread"),
    ("ja", "tail", ("新しい投稿をメールで受け取る",), "comment_form"),
    ("ja", "tail", ("いいね:", "いいね 読み込み中…"), "comment_form"),
    ("ja", "tail", ("関連記事", "駅前の商店街に新しい市場が誕生", "市民プールが来月から営業を再開"), "related_links"),
    ("ja", "tail", (
        "あわせて読みたい",
        "駅前の商店街に新しい市場が誕生",
        "市民プールが来月から営業を再開",
    ), "related_links"),
    ("ja", "tail", (
        "前の記事",
        "駅前の商店街に新しい市場が誕生",
        "次の記事",
        "市民プールが来月から営業を再開",
    ), "related_links"),
    ("ja", "body1", ("スポンサーリンク",), "advertisement"),
    ("ja", "head", ("本記事はプロモーションを含みます。",), "advertisement"),
    ("ja", "body2", ("シェアする",), "share_widget"),
    ("ja", "tail", (
        "クリックして Twitter で共有 (新しいウィンドウで開きます)",
        "Facebook で共有するにはクリックしてください (新しいウィンドウで開きます)",
    ), "share_widget"),
    ("ja", "body2", ("【関連記事】駅前の商店街に新しい市場が誕生",), "read_more"),
    ("ja", "body3", ("続きを読む",), "read_more"),
    ("ja", "head", ("この記事は約3分で読めます",), "reading_time"),
    ("ja", "head", ("2024年3月12日 14:30",), "byline_decoration"),
    ("ja", "head", ("目次",), "table_of_contents"),
    ("ja", "body0", ("写真：サンプル新聞社",), "photo_credit"),
    ("ja", "tail", ("タグ: 駅舎, 文化センター, 市議会",), "tags"),
    ("ja", "tail", ("ニュースレターを購読する",), "newsletter_plug"),
    ("ja", "tail", ("この記事を音声で聴く",), "podcast_plug"),
    ("ja", "tail", ("公式アプリをダウンロード",), "app_plug"),
    ("ja", "tail", ("この記事は有料会員限定です。", "ログイン", "会員登録"), "subscription_plug"),
    ("ja", "tail", (
        "当サイトではCookieを使用しています。サイトの利用を続けると、Cookieの使用に同意したものとみなされます。",
        "同意する",
    ), "cookie_notice"),
    ("ja", "tail", ("記事・写真の無断転載を禁じます。",), "copyright"),
    ("ja", "tail", (
        "この記事を書いた人",
        "山田花子",
        "地方自治と都市計画を中心に、全国の自治体を取材している記者です。",
    ), "author_bio"),
    ("ja", "tail", ("ページの先頭へ",), "navigation"),
    ("ja", "tail", ("配信停止はこちら", "このメールは送信専用のアドレスから送信されています。"), "email_footer"),
    ("zh", "tail", (
        "发表回复",
        "取消回复",
        "您的邮箱地址不会被公开。 必填项已用 * 标注",
        "评论 *",
        "显示名称 *",
        "邮箱 *",
        "网站",
        "在此浏览器中保存我的显示名称、邮箱地址和网站地址，以便下次评论时使用。",
        "发表评论",
    ), "comment_thread"),
    ("zh", "tail", (
        "發佈留言",
        "取消回覆",
        "發佈留言必須填寫的電子郵件地址不會公開。 必填欄位標示為 *",
        "留言 *",
        "顯示名稱 *",
        "電子郵件地址 *",
        "個人網站網址",
        "在瀏覽器中儲存顯示名稱、電子郵件地址及個人網站網址，以供下次發佈留言使用。",
        "發佈留言",
    ), "comment_thread"),
    ("zh", "tail", (
        "3条评论",
        "写得真好，期待文化中心早日开放！",
        "回复",
        "停车场以后还能用吗？",
        "回复",
    ), "comment_thread"),
    ("zh", "tail", ("《市议会通过旧火车站改建为文化中心的计划》有2条评论",), "comment_thread"),
    ("zh", "tail", ("網友評論", "文明上網，理性發言"), "comment_thread"),
    ("zh", "tail", (
        "感谢分享！我小时候经常在这个车站坐火车，现在想起来还是很怀念。",
        "停车场以后还能用吗？",
        "写得真好，期待早日开放。",
    ), "comment_thread"),
    ("zh", "tail", ("相关文章", "火车站附近将新建农贸市场", "市游泳馆下月重新开放"), "related_links"),
    ("zh", "tail", ("大家都在看", "車站附近將新建傳統市場", "市立游泳池下個月重新開放"), "related_links"),
    ("zh", "tail", ("上一篇：火车站附近将新建农贸市场", "下一篇：市游泳馆下月重新开放"), "related_links"),
    ("zh", "body1", ("广告",), "advertisement"),
    ("zh", "head", ("本文含有聯盟行銷連結，若透過連結購買，本站將獲得部分分潤。",), "advertisement"),
    ("zh", "body2", ("分享到：",), "share_widget"),
    ("zh", "tail", ("微信扫一扫", "分享到微博"), "share_widget"),
    ("zh", "tail", ("点击上方蓝字关注我们",), "share_widget"),
    ("zh", "tail", ("按一下以分享至 Facebook (在新視窗中開啟)",), "share_widget"),
    ("zh", "body2", ("延伸閱讀：車站附近將新建傳統市場",), "read_more"),
    ("zh", "body3", ("阅读全文",), "read_more"),
    ("zh", "head", ("阅读时间：约3分钟",), "reading_time"),
    ("zh", "head", ("发布时间：2024-03-12 14:30 来源：示例新闻网",), "byline_decoration"),
    ("zh", "head", ("目录",), "table_of_contents"),
    ("zh", "body0", ("图／记者王小明摄",), "photo_credit"),
    ("zh", "body0", ("（记者 王小明 摄）",), "photo_credit"),
    ("zh", "tail", ("责任编辑：王小明",), "byline_decoration"),
    ("zh", "tail", ("标签：火车站 文化中心 市议会",), "tags"),
    ("zh", "tail", ("訂閱電子報", "請輸入您的電子郵件地址"), "newsletter_plug"),
    ("zh", "tail", ("收听本文",), "podcast_plug"),
    ("zh", "tail", ("打开APP阅读全文",), "app_plug"),
    ("zh", "tail", ("本文为付费会员内容", "登录", "注册"), "subscription_plug"),
    ("zh", "tail", (
        "本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意我们使用Cookie。",
        "接受",
    ), "cookie_notice"),
    ("zh", "tail", ("未经授权，不得转载。",), "copyright"),
    ("zh", "tail", (
        "作者简介",
        "王小明",
        "本报资深记者，长期关注城市规划与地方治理议题，曾多次获得省级新闻奖项。",
    ), "author_bio"),
    ("zh", "tail", ("返回顶部",), "navigation"),
    ("zh", "tail", ("取消订阅", "此邮件为系统自动发送，请勿直接回复。"), "email_footer"),
    ("ko", "tail", (
        "답글 남기기",
        "응답 취소",
        "이메일 주소는 공개되지 않습니다. 필수 필드는 *로 표시됩니다",
        "댓글 *",
        "이름 *",
        "이메일 *",
        "웹사이트",
        "다음 번 댓글 작성을 위해 이 브라우저에 이름, 이메일, 그리고 웹사이트를 저장합니다.",
        "댓글 달기",
    ), "comment_thread"),
    ("ko", "tail", (
        "댓글 3개",
        "좋은 글 감사합니다. 어릴 때 자주 이용하던 역이라 더 반갑네요.",
        "답글",
        "주차장은 계속 이용할 수 있나요?",
        "답글",
    ), "comment_thread"),
    ("ko", "tail", ("“시의회, 옛 기차역을 문화센터로 바꾸는 계획 통과”에 대한 2개의 생각",), "comment_thread"),
    ("ko", "tail", (
        "잘 보고 갑니다. 어릴 때 이 역에서 기차를 타고 할머니 댁에 가던 기억이 나서 옛날 역 사진도 더 보고 싶어요.",
        "주차장은 계속 이용할 수 있나요?",
        "좋은 정보 감사합니다.",
    ), "comment_thread"),
    ("ko", "tail", ("새 글을 메일로 알림.",), "comment_form"),
    ("ko", "tail", ("관련기사", "역 앞에 새 전통시장 들어선다", "시립 수영장 다음 달 다시 문 연다"), "related_links"),
    ("ko", "tail", (
        "많이 본 뉴스",
        "역 앞에 새 전통시장 들어선다",
        "시립 수영장 다음 달 다시 문 연다",
    ), "related_links"),
    ("ko", "tail", ("많이 본 칼럼", "역 앞에 새 전통시장 들어선다", "시립 수영장 다음 달 다시 문 연다"),
     "related_links"),
    ("ko", "tail", ("분야별 뉴스", "역 앞에 새 전통시장 들어선다", "시립 수영장 다음 달 다시 문 연다"),
     "related_links"),
    ("ko", "tail", (
        "이전 기사",
        "역 앞에 새 전통시장 들어선다",
        "다음 기사",
        "시립 수영장 다음 달 다시 문 연다",
    ), "related_links"),
    ("ko", "body1", ("광고",), "advertisement"),
    ("ko", "head", (
        "이 포스팅은 제휴 마케팅 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.",
    ), "advertisement"),
    ("ko", "body2", ("공유하기",), "share_widget"),
    ("ko", "tail", ("페이스북으로 공유하기", "카카오톡으로 공유하기", "링크 복사"), "share_widget"),
    ("ko", "tail", ("클릭하여 Facebook으로 공유하기 (새 창에서 열림)",), "share_widget"),
    ("ko", "body2", ("▶ 관련기사: 역 앞에 새 전통시장 들어선다",), "read_more"),
    ("ko", "body3", ("더보기",), "read_more"),
    ("ko", "head", ("입력 2024.03.12 14:30 수정 2024.03.12 15:10",), "byline_decoration"),
    ("ko", "head", ("읽는 시간 3분",), "reading_time"),
    ("ko", "head", ("목차",), "table_of_contents"),
    ("ko", "body0", ("사진=예시신문 자료사진",), "photo_credit"),
    ("ko", "tail", ("홍길동 기자 gildong@example.com",), "byline_decoration"),
    ("ko", "tail", ("태그: 기차역, 문화센터, 시의회",), "tags"),
    ("ko", "tail", ("#기차역 #문화센터 #시의회",), "tags"),
    ("ko", "tail", ("뉴스레터 구독하기",), "newsletter_plug"),
    ("ko", "tail", ("기사 듣기",), "podcast_plug"),
    ("ko", "tail", ("앱 다운로드",), "app_plug"),
    ("ko", "tail", ("이 기사는 유료 회원 전용입니다.", "로그인", "회원가입"), "subscription_plug"),
    ("ko", "tail", ("이 웹사이트는 더 나은 서비스를 제공하기 위해 쿠키를 사용합니다.", "모두 허용"), "cookie_notice"),
    ("ko", "tail", ("<저작권자 ⓒ 예시신문, 무단 전재 및 재배포 금지>",), "copyright"),
    ("ko", "tail", (
        "기자 소개",
        "홍길동",
        "지방 행정과 도시 계획을 주로 취재하며 전국 여러 지방자치단체의 소식을 독자들에게 전하고 있는 기자입니다.",
    ), "author_bio"),
    ("ko", "tail", ("맨 위로",), "navigation"),
    ("ko", "tail", ("수신거부", "본 메일은 발신 전용으로 회신되지 않습니다."), "email_footer"),
]


@pytest.mark.parametrize("language, where, lines, category", MUST_REMOVE,
                         ids=[f"{case[0]}-{case[3]}-{case[2][0][:24]}" for case in MUST_REMOVE])
def test_widget_lines_go(language, where, lines, category):
    assert_gone_with_paragraphs_kept(clean(build(language, where, lines)), lines, category, PAGES[language][2])


MUST_KEEP = [
    # (language, line inserted between two paragraphs)
    # an article's own notes under the reference mark, which the line-start rules now read past
    ("ja", "※価格は2024年5月時点のものです。"),
    ("ja", "※本記事の内容は取材時点のものです。"),
    ("ja", "※写真は改修前の旧駅舎。"),
    ("zh", "※本文数据截至2024年5月。"),
    ("ru",
     "Одна из жительниц рассказала, что оставила комментарий на сайте мэрии и подписалась на рассылку городских "
     "новостей, чтобы следить за ходом работ."),
    ("ru", "На сайте администрации файлы cookie используются только с согласия посетителей, подчеркнули в мэрии."),
    ("ru", "«Мы хотим поделиться этим местом со всеми», — сказала мэр."),
    ("ru", "Кинозал и библиотека"),
    ("ru", "— Поделиться воспоминаниями о вокзале может каждый, — добавила она."),
    ("ru", "— Спасибо за информацию, — сказал мэр журналистам."),
    ("ru",
     "Подписаться на новости стройки можно в приложении городской администрации, которое уже скачали несколько "
     "тысяч жителей."),
    ("ru",
     "Фотографии старого вокзала из городского архива покажут на выставке, права на снимки передал музею местный "
     "фотограф."),
    ("ru", "Читайте также объявления на доске у входа: там мэрия каждую неделю вывешивает планы работ."),
    ("ru", "Будьте в курсе ремонта: мэрия вывешивает планы у входа в здание каждый понедельник."),
    ("ru",
     "Опубликовано в 2019 году, исследование предупреждало, что здание вокзала находится в аварийном состоянии."),
    ("ru", "Продолжая движение на север, поезд наконец выехал на ровный участок пути."),
    ("ru", "Мы используем каждую возможность, чтобы сохранить исторический облик здания, заявил архитектор."),
    ("ru", "Скачайте план реконструкции на сайте мэрии до конца месяца."),
    ("ru", "Подробнее о проекте жители смогут узнать на публичных слушаниях в марте."),
    ("ru", "Реклама на фасаде вокзала останется до конца года, решил совет."),
    ("ru", "Все права на проект принадлежат городу, уточнили в администрации."),
    ("ru", "Юрист напомнил, что все права защищены законом."),
    ("ru", "3 комментария к проекту поступили в мэрию от жителей соседних улиц."),
    ("ru", "Фото из архива музея показывают, как выглядел вокзал в начале прошлого века."),
    ("ru", "Источник финансирования пока не определён, признали в администрации."),
    ("ru", "— Хорошо, — ответила мэр и улыбнулась."),
    ("ru", "Мы и наши партнёры из соседних городов договорились вместе искать деньги на ремонт."),
    ("ru", "Подписывайтесь на рассылку, советует мэр всем жителям, кто хочет знать о ходе работ."),
    ("ru", "Анна Смирнова работает в мэрии уже десять лет и отвечает за связи с журналистами."),
    ("uk",
     "Одна з мешканок розповіла, що залишила коментар на сайті мерії та підписалася на розсилку міських новин, щоб "
     "стежити за ходом робіт."),
    ("uk", "На сайті адміністрації файли cookie використовуються лише за згодою відвідувачів, наголосили в мерії."),
    ("uk", "«Ми хочемо поділитися цим місцем з усіма», — сказала мерка."),
    ("uk", "Кінозал і бібліотека"),
    ("uk", "— Поділитися спогадами про вокзал може кожен, — додала вона."),
    ("uk", "— Дякую за інформацію, — сказав мер журналістам."),
    ("uk",
     "Підписатися на новини будівництва можна в застосунку міської адміністрації, який уже завантажили кілька тисяч "
     "мешканців."),
    ("uk",
     "Фотографії старого вокзалу з міського архіву покажуть на виставці, права на знімки передав музею місцевий "
     "фотограф."),
    ("uk", "Читайте також оголошення на дошці біля входу: там мерія щотижня вивішує плани робіт."),
    ("uk", "Будьте в курсі ремонту: мерія вивішує плани біля входу до будівлі щопонеділка."),
    ("uk", "Опубліковано у 2019 році, дослідження попереджало, що будівля вокзалу перебуває в аварійному стані."),
    ("uk", "Продовжуючи рух на північ, потяг нарешті виїхав на рівну ділянку колії."),
    ("uk", "Ми використовуємо кожну можливість, щоб зберегти історичний вигляд будівлі, заявив архітектор."),
    ("uk", "Завантажте програму конференції на сайті мерії до кінця місяця."),
    ("uk", "Детальніше про проєкт мешканці зможуть дізнатися на громадських слуханнях у березні."),
    ("uk", "Реклама на фасаді вокзалу залишиться до кінця року, вирішила рада."),
    ("uk", "Усі права на проєкт належать місту, уточнили в адміністрації."),
    ("uk", "3 коментарі до проєкту надійшли до мерії від мешканців сусідніх вулиць."),
    ("uk", "Фото з архіву музею показують, як виглядав вокзал на початку минулого століття."),
    ("uk", "Джерело фінансування поки не визначене, визнали в адміністрації."),
    ("uk", "— Добре, — відповіла мерка й усміхнулася."),
    ("uk", "Ми та наші партнери з сусідніх міст домовилися разом шукати гроші на ремонт."),
    ("uk", "Підписуйтесь на розсилку, радить мер усім мешканцям, які хочуть знати про хід робіт."),
    ("uk", "Олена Коваль працює в мерії вже десять років і відповідає за зв’язки з журналістами."),
    ("pl",
     "Jedna z mieszkanek powiedziała, że zostawiła komentarz na stronie urzędu i zapisała się do newslettera "
     "miasta, żeby śledzić postępy budowy."),
    ("pl", "Urząd zapewnia, że jego strona internetowa zapisuje pliki cookies wyłącznie za zgodą użytkowników."),
    ("pl", "Przewoźnik przygotował też aplikację, w której pasażerowie sprawdzą rozkład jazdy i kupią bilet."),
    ("pl", "Zdjęcia z wizualizacji nowej trasy można oglądać w holu ratusza do końca miesiąca."),
    ("pl", "Mieszkańcy mogą udostępnić swoje uwagi na forum dzielnicy albo wysłać je pocztą do urzędu."),
    ("pl", "Wszelkie prawa do projektu należą do miasta, które kupiło je od biura architektonicznego."),
    ("pl", "Reklamy na przystankach mają finansować część utrzymania linii, zapowiedział urząd."),
    ("pl", "„Chcemy udostępnić tę trasę wszystkim mieszkańcom”, powiedziała prezydent miasta."),
    ("pl", "„Dodaj komentarz pod ogłoszeniem, a urzędnicy odpowiedzą”, zachęcał rzecznik ratusza."),
    ("pl", "Tramwaj i rowery"),
    ("pl", "Koszty i harmonogram"),
    ("pl", "Szczegóły"),
    ("pl", "Opublikowano w 2019 roku raport, który ostrzegał, że stary wiadukt nie jest bezpieczny."),
    ("pl", "Pobierz aplikację przewoźnika, a bilet kupisz bez kolejki, radzi rzecznik spółki."),
    ("pl", "Ta strona projektu jest najdroższa, przyznał inżynier, wskazując na odcinek przy rzece."),
    ("pl", "Bądź na bieżąco z pracami: urząd będzie co tydzień wywieszał plany w holu ratusza."),
    ("pl", "Kliknij, aby udostępnić mapę trasy znajomym, radzi urząd na swojej stronie."),
    ("pl", "Kopiowanie kluczy do wiat bez zgody przewoźnika jest zabronione, przypomina straż miejska."),
    ("pl", "Wesprzyj nas, apelowali wolontariusze zbierający podpisy pod petycją."),
    ("pl", "Używamy plików cookies tylko za zgodą pasażerów, zapewnia przewoźnik w komunikacie."),
    ("pl", "Obserwuj nas w Google News, żartował rzecznik na konferencji, gdy pytano go o terminy."),
    ("tr",
     "Bir mahalle sakini, belediyenin sitesine yorum yazdığını ve gelişmeleri takip etmek için bültene abone "
     "olduğunu anlattı."),
    ("tr", "Belediye, kendi internet sitesinin çerezleri yalnızca kullanıcıların onayıyla kaydettiğini vurguladı."),
    ("tr", "Belediye ayrıca vatandaşların randevu alabileceği yeni bir mobil uygulama da hazırladı."),
    ("tr", "İskelenin eski fotoğrafları ay sonuna kadar belediye binasının girişinde sergilenecek."),
    ("tr", "Sakinler görüşlerini mahalle derneğiyle paylaşabilir ya da dilekçeyle belediyeye iletebilir."),
    ("tr", "Projenin tüm hakları belediyeye ait, çünkü tasarımı bir mimarlık ofisinden satın aldı."),
    ("tr", "Reklam panolarından elde edilecek gelir merkezin bakımına harcanacak, dedi başkan yardımcısı."),
    ("tr", "“Bu iskeleyi herkesle paylaşmak istiyoruz” dedi belediye başkanı."),
    ("tr", "“Yorum yapın, önerilerinizi yazın, hepsini okuyacağız” diye seslendi meclis üyesi."),
    ("tr", "Sinema ve kütüphane"),
    ("tr", "Maliyet ve takvim"),
    ("tr", "İlk adım"),
    ("tr", "Bu web sitesi üzerinden başvuru yapan dernekler salonları ücretsiz kullanabilecek."),
    ("tr", "Bizi YouTube'da takip edin diyen belediye, toplantıları canlı yayınlayacağını da duyurdu."),
    ("tr", "Yazar hakkında açılan soruşturma, projenin tartışıldığı toplantıda da gündeme geldi."),
    ("tr", "Fotoğrafçı Ali Kaya gazetecilerin sorularını yanıtladı ve iskelenin tarihini anlattı."),
    ("tr", "Ayrıca sahil yolunda bisiklet şeridi de yapılacak, böylece trafik azalacak."),
    ("tr", "Bu satıştan komisyon alabiliriz, dedi iskeleyi kiralamak isteyen firmanın temsilcisi."),
    ("tr", "Bu web sitesi çerez politikası nedeniyle ceza aldı, diye açıkladı tüketici derneği."),
    ("tr", "Gerekli alanlar işaretlenmiş haritada gösterildi."),
    ("tr", "Gelişmelerden haberdar olmak için sakinler her pazartesi belediyenin ilan panosuna bakabilir."),
    ("id",
     "Seorang warga mengaku sudah menulis komentar di situs pemerintah kota dan berlangganan buletin untuk "
     "mengikuti perkembangan proyek."),
    ("id", "Pemerintah kota menegaskan bahwa situs resminya hanya menyimpan cookie dengan persetujuan pengguna."),
    ("id", "Pemerintah kota juga menyiapkan aplikasi baru agar warga bisa memesan ruangan secara daring."),
    ("id", "Foto-foto lama stasiun dipamerkan di lobi balai kota hingga akhir bulan."),
    ("id", "Warga dapat membagikan usulan mereka melalui kelurahan atau mengirimkannya lewat pos."),
    ("id", "Hak cipta desain gedung dipegang oleh pemerintah kota, yang membelinya dari sebuah biro arsitek."),
    ("id", "Iklan di papan reklame sekitar stasiun akan membiayai sebagian perawatan gedung, kata wakil wali kota."),
    ("id", "“Kami ingin membagikan tempat ini kepada semua orang,” kata wali kota."),
    ("id", "“Tinggalkan komentar di papan pengumuman, kami akan membaca semuanya,” ujar anggota dewan."),
    ("id", "Bioskop dan perpustakaan"),
    ("id", "Biaya dan jadwal"),
    ("id", "Diterbitkan di Jakarta pada 2019, laporan itu memperingatkan bahwa atap stasiun tidak aman."),
    ("id", "Situs ini menggunakan cookie tanpa izin, kata lembaga perlindungan konsumen setelah pemeriksaan."),
    ("id", "Kami menggunakan cookie untuk melacak pengunjung tanpa izin, kata lembaga perlindungan konsumen."),
    ("id", "Unduh aplikasi PeduliWarga di ponsel Anda untuk mendaftar acara, kata kepala dinas."),
    ("id", "Klik untuk membagikan dokumen rencana kepada warga lain, tulis pemerintah kota di situsnya."),
    ("id", "Dilarang menggunakan ponsel tanpa izin petugas di ruang arsip stasiun, kata pengelola gedung."),
    ("id", "Kami bisa mendapat komisi dari penjualan gedung itu, kata seorang makelar properti."),
    ("id", "Terima kasih atas informasinya, kata wali kota kepada warga yang melaporkan kerusakan atap."),
    ("id", "Budi Santoso adalah penulis novel tentang stasiun itu dan akan membuka perpustakaan baru."),
    ("ja",
     "ある住民は、市のウェブサイトにコメントを書き込み、工事の進み具合を知るためにニュースレターも購読したと話した。"),
    ("ja", "市の担当者によると、公式サイトでは利用者の同意がある場合にのみクッキーを使っているという。"),
    ("ja", "「この場所をみんなで共有したい」と市長は記者団に語った。"),
    ("ja", "「続きを読む」と書かれた古い看板が、駅舎の入り口に今も掲げられている。"),
    ("ja", "映画館と図書館"),
    ("ja", "写真展も開かれる予定で、地元の写真家が撮影した駅舎の古い写真が展示される。"),
    ("ja", "市は新しいアプリを公開し、住民が工事の進み具合をスマートフォンで確認できるようにした。"),
    ("ja", "記事の無断転載をめぐる裁判で、地裁は新聞社の訴えを一部認める判決を言い渡した。"),
    ("ja", "駅舎の土地の権利は市にあると主張する住民もおり、所有権をめぐる議論は今も続いている。"),
    ("ja", "クリックして画面を共有する機能について、担当者は来月から使えるようになると説明した。"),
    ("ja", "この記事では、広告を利用した新しい集客の手法についても紹介する。"),
    ("ja", "プロフィールを見直した結果、市長は議会での答弁の仕方を変えたという。"),
    ("ja", "配信停止を求める声もあったが、市は説明会の動画をウェブで公開し続けている。"),
    ("ja", "コメントは差し控えたいと、反対派の代表は記者団に語った。"),
    ("ja", "関連する予算案も同じ日の議会で可決された。"),
    ("ja", "このサイトはクッキーを使用していないと、ウェブサイトを運営する市民団体は説明した。"),
    ("ja", "写真/動画の撮影は、工事の期間中は駅舎の周辺で禁止されるという。"),
    ("ja", "新しいコメントを通知する機能が、市の広報アプリに追加された。"),
    ("ja", "勉強になりましたと話す参加者も多く、説明会は予定より長く続いた。"),
    ("ja", "ログインの手続きが複雑だという住民の声を受け、市は申請の方法を見直した。"),
    ("zh", "一位居民说，她在市政府网站上发表了评论，还订阅了电子报，以便随时了解工程进展。"),
    ("zh", "市政府官员表示，官方网站只有在用户同意的情况下才会使用Cookie。"),
    ("zh", "“我们希望和所有人分享这个地方。”市长说。"),
    ("zh", "「我們希望和所有人分享這個地方。」市長說。"),
    ("zh", "电影院和图书馆"),
    ("zh", "一位摄影师将在文化中心举办摄影展，展出他多年来拍摄的老车站照片。"),
    ("zh", "市政府还推出了一款新的手机应用，让居民可以随时查看工程进度。"),
    ("zh", "法院认定，该网站未经授权转载新闻作品，侵犯了报社的著作权。"),
    ("zh", "车站旧照片的版权所有者必须在三十天内向市政府提出申请。"),
    ("zh", "下载该应用程序的居民已经超过一万人，市政府在周三公布了这一数字。"),
    ("zh", "上一篇报道发表后，许多读者给编辑部写信，询问工程的具体时间。"),
    ("zh", "分享经验的居民认为，老车站应该保留原有的红砖外墙。"),
    ("zh", "来源不明的传言称工程会推迟，但市政府否认了这一说法。"),
    ("zh", "2024年3月12日，市议会正式批准了这项计划。"),
    ("zh", "发表在地方报纸上的一篇评论文章也支持这项计划。"),
    ("zh", "我们使用的数据来自市统计局的年度报告，市长在会上解释说。"),
    ("zh", "感谢分享经验的各位居民，市长在会议结束时说。"),
    ("zh", "关注这项计划的居民可以在每周一到市政府查看最新图纸。"),
    ("zh", "本文包含广告公司提供的调查数据，仅供读者参考。"),
    ("zh", "照片/视频拍摄须经车站管理处许可。"),
    ("zh", "用手机扫描站内的二维码，就能查看工程进度并分享给朋友。"),
    ("ko", "한 주민은 시청 홈페이지에 댓글을 남기고 공사 진행 상황을 알기 위해 뉴스레터도 구독했다고 말했다."),
    ("ko", "시 관계자에 따르면 공식 홈페이지는 이용자가 동의한 경우에만 쿠키를 사용한다."),
    ("ko", "“이 장소를 모든 사람과 함께 공유하고 싶습니다.” 시장은 이렇게 말했다."),
    ("ko", "영화관과 도서관"),
    ("ko", "지역 사진작가들이 찍은 옛 기차역 사진을 모아 전시하는 사진전도 함께 열릴 예정이다."),
    ("ko", "시는 새로운 앱을 내놓고 주민들이 스마트폰으로 공사 진행 상황을 확인할 수 있도록 했다."),
    ("ko", "법원은 신문 기사를 무단으로 전재한 업체에 손해를 배상하라고 판결했다."),
    ("ko", "옛 기차역 부지의 권리는 시에 있다고 주장하는 주민도 있어 소유권을 둘러싼 논란이 이어지고 있다."),
    ("ko", "사진 속 인물은 1970년대에 역장으로 일했던 한 주민의 아버지로 확인됐다."),
    ("ko", "이전 기사에서 소개한 것처럼 역 건물은 백 년 가까이 된 붉은 벽돌 건물이다."),
    ("ko", "잘 보고 갑니다라는 인사를 남긴 관광객도 많았다고 역무원은 회상했다."),
    ("ko", "로그인 기록을 분석한 결과 온라인 신청자의 절반 이상이 휴대전화를 이용한 것으로 나타났다."),
    ("ko", "입력 과정이 복잡하다는 주민들의 지적에 따라 시는 신청 방법을 바꿨다."),
    ("ko", "2024년 3월 12일 시의회는 계획을 최종 승인했다."),
    ("ko", "이 웹사이트는 주민들이 공사 일정을 확인할 수 있도록 시청이 새로 만든 것이다."),
    ("ko", "기자회견에서 시장은 문화센터의 이름을 주민 공모로 정하겠다고 밝혔다."),
    ("ko", "젊은 기자"),
    ("ko", "이 사이트는 쿠키를 사용하지 않는다고 운영 단체는 설명했다."),
    ("ko", "사진/영상 촬영은 공사 기간에는 역 주변에서 허용되지 않는다."),
    ("ko", "댓글을 달려면 로그인해야 하는 방식으로 시청 게시판이 바뀌었다."),
    ("ko", "이 글은 시청이 제공한 자료를 바탕으로 작성되었으며 일부 내용은 바뀔 수 있다."),
]


@pytest.mark.parametrize("language, line", MUST_KEEP, ids=[f"{case[0]}-{case[1][:30]}" for case in MUST_KEEP])
def test_prose_that_mentions_widgets_stays(language, line):
    kept = kept_lines(clean(build(language, "body2", (line,))))
    assert all(text in kept for text in [line] + PAGES[language][2])


def test_lang_picks_one_language_and_english():
    """Named with ``lang``, a page gets its own language's phrases and English's, not the others'."""
    russian = build("ru", "body1", ("Поделиться", "Share", "この記事をシェアする"))
    named = kept_lines(clean(russian, "ru"))
    assert "Поделиться" not in named and "Share" not in named
    assert "この記事をシェアする" in named
    assert "この記事をシェアする" not in kept_lines(clean(russian))


def test_a_credit_in_full_width_parentheses_goes_alone():
    for language, caption, credit in (("ja", "改修前の旧駅舎の外観。", "（写真：山田花子）"),
                                      ("zh", "改建前的旧火车站外观。", "（图片：王小明）")):
        result = clean(build(language, "body1", (caption + credit,)))
        assert caption in kept_lines(result)
        assert any(removal.category == "photo_credit" and removal.text.strip() == credit
                   for removal in result.removed)


def test_credits_in_a_row_go_together():
    """A second cleaning would find the next credit at the end of what the first leaves."""
    caption = "改修前の旧駅舎の外観。"
    result = clean(build("ja", "body1", (caption + "（写真：山田花子）（写真：佐藤一郎）",)))
    assert caption in kept_lines(result)
    assert clean(result.text).text == result.text


def test_a_language_without_data_that_shares_short_words_with_ours_reads_by_length():
    """Danish shares "at", "for", "i", "en", "to" with the function words of the seven languages, a share of
    its sentences too small to call them prose by and large enough to switch the function words on: the
    deck over the byline and credit read as a short line, and went with the headline. Below a quarter of
    a page's sentences, the page reads by length and punctuation, as a Russian one does."""
    deck = ("Skal surdejen med på ferie, eller kan den klare sig alene derhjemme? Vi har prøvet det hele, og her "
            "er, hvad der virker bedst.")
    paragraphs = [
        "Sommerferien nærmer sig, og hvert år får vi de samme spørgsmål fra læserne: Hvad gør man med sin "
        "surdej, når man er væk i tre uger? Skal naboen fodre den?",
        "Den gode nyhed er, at surdej er langt mere robust, end de fleste tror, og at den sagtens kan klare sig "
        "alene i køleskabet i flere uger.",
        "Giv den en ekstra kraftig fodring dagen før, du rejser, og stil den i køleskabet med låget lukket, "
        "så den ikke tørrer ud.",
        "Når du kommer hjem, skal den fodres to eller tre gange, før den er klar til at bage med igen.",
    ]
    text = "\n".join(["Brødbloggen", "Forside", "Opskrifter", "Kontakt", "Sådan holder du liv i din surdej på ferien",
                      deck, "Skrevet af Karen Vinther den 3. juli 2024", "Foto: Karen Vinther"] + paragraphs +
                     ["Del på Facebook", "© 2024 Brødbloggen"]) + "\n"
    result = clean(text)
    assert result.language == "und"
    kept = kept_lines(result)
    assert all(line in kept for line in ["Sådan holder du liv i din surdej på ferien", deck] + paragraphs), \
        result.removed
    assert not any(line in kept for line in ["Brødbloggen", "Forside", "Opskrifter", "Kontakt"])


@pytest.mark.parametrize("notice", ["※本ページはプロモーションが含まれています",
                                    "※本記事にはアフィリエイト広告が含まれています"])
def test_a_promotion_notice_under_the_date_goes_and_the_headline_stays(notice):
    """Japanese blogs print a promotion notice (required since 2023) under the date, opening with the
    reference mark "※": it goes like the same notice without the mark, and is no headline; the headline
    above the date stays (a line of eight letters and more is a headline's length in a script without
    spaces)."""
    menu, title, paragraphs, footer = PAGES["ja"]
    result = clean(build("ja", "head", ("更新日：2024.06.10", notice)))
    kept = kept_lines(result)
    assert kept[:2] == [title, paragraphs[0]], kept[:3]


def test_the_headline_wins_over_a_nearer_short_line_in_a_script_without_spaces():
    """The headline search prefers the nearest line of a headline's length in words; in Japanese the words
    are counted from the characters, so a short kicker between the headline and the first paragraph ("地域
    のできごと") is no headline when the headline is above it, under a breadcrumb of a headline's length."""
    menu, title, paragraphs, footer = PAGES["ja"]
    head = ["ホーム » 政治 » 市政", title, "更新日：2024.06.10", "地域のできごと"]
    page = "\n\n".join(menu + head + paragraphs + footer)
    kept = kept_lines(clean(page + "\n"))
    assert title in kept and kept.index(title) < kept.index(paragraphs[0]), kept[:3]
