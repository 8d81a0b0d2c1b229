"""Boilerplate phrases of es, fr, de, pt, it and nl: widget lines go, prose that mentions them stays.

Every text here is invented. Each language has a small page (menu, headline, five article
paragraphs, footer); a case inserts widget lines into the page, in the tail after the article
("tail"), between the headline and the article ("head") or between two paragraphs ("bodyN"),
because the step decides by context, not by phrase alone.
"""

from __future__ import annotations

import pytest

from presswash import clean_article

PAGES = {
    "de": (
        ["Startseite", "Nachrichten", "Politik", "Wirtschaft", "Sport", "Kontakt"],
        "Gemeinderat beschließt den Umbau des alten Bahnhofs",
        [
            "Der Gemeinderat der kleinen Stadt hat am Montagabend beschlossen, den alten Bahnhof in ein "
            "Kulturzentrum umzubauen, nachdem das Gebäude fast zehn Jahre lang leer gestanden hatte.",
            "Die Bürgermeisterin sagte nach der Sitzung, sie freue sich über die breite Mehrheit, denn der "
            "Bahnhof sei für viele Menschen in der Region ein wichtiger Ort der Erinnerung.",
            "Die Arbeiten sollen im kommenden Frühjahr beginnen und etwa drei Millionen Euro kosten, von "
            "denen das Land den größten Teil übernimmt, wie die Verwaltung am Dienstag mitteilte.",
            "Einige Anwohner hatten sich gegen die Pläne gewandt, weil sie mehr Verkehr in den engen "
            "Straßen rund um den Bahnhof befürchten, doch ihre Einwände fanden im Rat keine Mehrheit.",
            "Wenn alles nach Plan läuft, soll das Zentrum in zwei Jahren eröffnen, mit einem kleinen "
            "Kino, einer Bibliothek und Räumen für die Vereine der Stadt.",
        ],
        ["Impressum", "Datenschutz", "© 2024 Beispiel Verlag. Alle Rechte vorbehalten."],
    ),
    "fr": (
        ["Accueil", "Actualités", "Politique", "Économie", "Sport", "Contact"],
        "Le conseil municipal vote la rénovation de l'ancienne gare",
        [
            "Le conseil municipal de la petite ville a voté lundi soir la transformation de l'ancienne gare "
            "en centre culturel, alors que le bâtiment était resté vide pendant près de dix ans.",
            "La maire a déclaré après la séance qu'elle se réjouissait de cette large majorité, car la gare "
            "reste pour beaucoup d'habitants de la région un lieu chargé de souvenirs.",
            "Les travaux doivent commencer au printemps prochain et coûter environ trois millions d'euros, "
            "dont la plus grande partie sera prise en charge par la région, selon la mairie.",
            "Quelques riverains s'étaient opposés au projet, car ils craignent une hausse de la circulation "
            "dans les rues étroites autour de la gare, mais leurs objections n'ont pas été retenues.",
            "Si tout se passe comme prévu, le centre ouvrira dans deux ans, avec une petite salle de "
            "cinéma, une bibliothèque et des salles pour les associations de la ville.",
        ],
        ["Mentions légales", "Politique de confidentialité", "© 2024 Exemple Presse. Tous droits réservés."],
    ),
    "es": (
        ["Inicio", "Noticias", "Política", "Economía", "Deportes", "Contacto"],
        "El ayuntamiento aprueba la reforma de la antigua estación",
        [
            "El pleno del ayuntamiento de la pequeña ciudad aprobó el lunes por la noche convertir la antigua "
            "estación de tren en un centro cultural, después de casi diez años con el edificio vacío.",
            "La alcaldesa dijo tras la sesión que estaba contenta con la amplia mayoría, porque la estación "
            "sigue siendo para muchos vecinos de la comarca un lugar lleno de recuerdos.",
            "Las obras empezarán la próxima primavera y costarán unos tres millones de euros, de los que la "
            "comunidad autónoma pagará la mayor parte, según informó el ayuntamiento el martes.",
            "Algunos vecinos se habían opuesto al proyecto porque temen que aumente el tráfico en las calles "
            "estrechas que rodean la estación, pero sus quejas no encontraron apoyo en el pleno.",
            "Si todo sale según lo previsto, el centro abrirá dentro de dos años con una pequeña sala de "
            "cine, una biblioteca y locales para las asociaciones de la ciudad.",
        ],
        ["Aviso legal", "Política de privacidad", "© 2024 Ejemplo Prensa. Todos los derechos reservados."],
    ),
    "pt": (
        ["Início", "Notícias", "Política", "Economia", "Esportes", "Contato"],
        "Câmara aprova a reforma da antiga estação de comboios",
        [
            "A câmara municipal da pequena cidade aprovou na segunda-feira à noite a transformação da antiga "
            "estação de comboios num centro cultural, depois de quase dez anos com o edifício vazio.",
            "A presidente da câmara disse depois da sessão que estava satisfeita com a larga maioria, porque "
            "a estação continua a ser para muitos moradores da região um lugar cheio de memórias.",
            "As obras devem começar na próxima primavera e custar cerca de três milhões de euros, a maior "
            "parte paga pelo governo regional, segundo informou a câmara na terça-feira.",
            "Alguns moradores tinham-se oposto ao projeto porque temem mais trânsito nas ruas estreitas em "
            "volta da estação, mas as suas queixas não tiveram apoio na votação.",
            "Se tudo correr como previsto, o centro vai abrir dentro de dois anos, com uma pequena sala de "
            "cinema, uma biblioteca e espaços para as associações da cidade.",
        ],
        ["Termos de uso", "Política de privacidade", "© 2024 Exemplo Imprensa. Todos os direitos reservados."],
    ),
    "it": (
        ["Home", "Notizie", "Politica", "Economia", "Sport", "Contatti"],
        "Il consiglio comunale approva il restauro della vecchia stazione",
        [
            "Il consiglio comunale della piccola città ha approvato lunedì sera la trasformazione della "
            "vecchia stazione in un centro culturale, dopo che l'edificio era rimasto vuoto per quasi dieci anni.",
            "La sindaca ha detto dopo la seduta di essere contenta dell'ampia maggioranza, perché la stazione "
            "è ancora per molti abitanti della zona un luogo pieno di ricordi.",
            "I lavori dovrebbero cominciare la prossima primavera e costare circa tre milioni di euro, in gran "
            "parte pagati dalla regione, come ha comunicato il comune martedì.",
            "Alcuni residenti si erano opposti al progetto perché temono più traffico nelle strade strette "
            "intorno alla stazione, ma le loro obiezioni non hanno trovato sostegno in consiglio.",
            "Se tutto andrà secondo i piani, il centro aprirà fra due anni, con una piccola sala "
            "cinematografica, una biblioteca e spazi per le associazioni della città.",
        ],
        ["Chi siamo", "Privacy policy", "© 2024 Esempio Stampa. Tutti i diritti riservati."],
    ),
    "nl": (
        ["Home", "Nieuws", "Politiek", "Economie", "Sport", "Contact"],
        "Gemeenteraad stemt in met verbouwing van het oude station",
        [
            "De gemeenteraad van het kleine stadje heeft maandagavond besloten het oude station om te bouwen "
            "tot een cultureel centrum, nadat het gebouw bijna tien jaar leeg had gestaan.",
            "De burgemeester zei na de vergadering dat ze blij was met de ruime meerderheid, omdat het station "
            "voor veel mensen in de regio nog altijd een plek vol herinneringen is.",
            "De werkzaamheden beginnen volgend voorjaar en kosten ongeveer drie miljoen euro, waarvan de "
            "provincie het grootste deel betaalt, zo liet de gemeente dinsdag weten.",
            "Een aantal buurtbewoners was tegen het plan, omdat zij meer verkeer vrezen in de smalle straten "
            "rond het station, maar hun bezwaren kregen in de raad geen steun.",
            "Als alles volgens plan verloopt, gaat het centrum over twee jaar open, met een kleine "
            "filmzaal, een bibliotheek en ruimtes voor de verenigingen van de stad.",
        ],
        ["Colofon", "Privacyverklaring", "© 2024 Voorbeeld Media. Alle rechten voorbehouden."],
    ),
}


def build(language: str, where: str = "", lines: tuple[str, ...] = (), pages: dict | None = None) -> str:
    """The language's page with ``lines`` in the tail, in the head or after paragraph N."""
    menu, title, paragraphs, footer = (pages or PAGES)[language]
    blocks = list(menu) + [title] + (list(lines) if where == "head" else [])
    for index, paragraph in enumerate(paragraphs):
        blocks.append(paragraph)
        if where == f"body{index}":
            blocks.extend(lines)
    blocks += (list(lines) if where == "tail" else []) + list(footer)
    return "\n\n".join(blocks) + "\n"


def clean(text: str, language: str):
    return clean_article(text, steps=["boilerplate"], lang=language)


def kept_lines(result) -> list[str]:
    return [line.strip() for line in result.text.splitlines() if line.strip()]


def removed_with(result, line: str) -> str | None:
    """The category of the removal that took ``line``, or None when the line is still there."""
    for removal in result.removed:
        if line in removal.text.splitlines() or line == removal.text.strip():
            return removal.category
    return None


# ------------------------------------------------------------------ must remove

MUST_REMOVE = [
    # (language, where, lines, category of the first line)
    ("de", "tail", ("War dieser Artikel hilfreich?",), "share_widget"),
    ("es", "tail", ("¿Te ha resultado útil este artículo?",), "share_widget"),
    ("es", "tail", ("Esta respuesta es útil", "Mejora esta respuesta", "Ordenado por: puntuación más alta"),
     "comment_form"),
    ("pt", "tail", ("Esta resposta é útil", "Melhore esta resposta", "Ordenado por: pontuação mais alta"),
     "comment_form"),
    ("fr", "tail", ("Cette réponse est utile", "Améliorer cette réponse", "Trié par : score le plus élevé"),
     "comment_form"),
    ("de", "tail", ("1.870-mal angesehen", "Folgen", "Sortiert nach: Höchste Bewertung"), "comment_form"),
    ("fr", "tail", ("Cet article vous a-t-il été utile ?",), "share_widget"),
    # a forum's post furniture and its foot (phpBB)
    ("fr", "tail", ("Citer", "Message par Jeannot_du_Lot » 14 juil. 2024, 18:32"), "comment_form"),
    ("fr", "tail", ("12 messages • Page 1 sur 2 • 1, 2", "Qui est en ligne",
                    "Utilisateurs parcourant ce forum : Aucun utilisateur enregistré et 9 invités"), "comment_form"),
    ("de", "tail", ("Diese Antwort ist nützlich", "Antwort verbessern", "beantwortet 14. Feb. 2022 um 20:15"),
     "comment_form"),
    ("it", "tail", ("Questo articolo ti è stato utile?",), "share_widget"),
    ("nl", "tail", ("Was dit artikel nuttig?",), "share_widget"),
    ("pt", "tail", ("Este artigo foi útil?",), "share_widget"),
    ("de", "tail", ("Schreibe einen Kommentar", "Antworten abbrechen",
                    "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
                    "Kommentar", "Name *", "E-Mail *", "Website"), "comment_thread"),
    ("de", "tail", ("3 Kommentare", "Antworten"), "comment_thread"),
    ("de", "tail", ("2 Gedanken zu „Gemeinderat beschließt den Umbau des alten Bahnhofs“",), "comment_thread"),
    ("de", "tail", ("Benachrichtige mich über nachfolgende Kommentare via E-Mail.",), "comment_form"),
    ("de", "tail", ("Weitere Beiträge zum Thema", "Neue Radwege für die Innenstadt",
                    "Stadtfest fällt wegen Regens aus"), "related_links"),
    ("de", "tail", ("Das könnte Sie auch interessieren", "Neue Radwege für die Innenstadt",
                    "Stadtfest fällt wegen Regens aus"), "related_links"),
    ("de", "body1", ("Anzeige",), "advertisement"),
    ("de", "body2", ("Teilen",), "share_widget"),
    ("de", "tail", ("Klicken Sie, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)",), "share_widget"),
    ("de", "head", ("5 Min. Lesezeit",), "reading_time"),
    ("de", "head", ("12.03.2024, 14:30 Uhr",), "byline_decoration"),
    ("de", "tail", ("Schlagworte: Bahnhof, Kultur, Stadtrat",), "tags"),
    ("de", "tail", ("Die wichtigsten Nachrichten des Tages direkt in Ihr Postfach",), "newsletter_plug"),
    ("de", "tail", ("Wir und unsere Partner speichern Informationen auf Ihrem Gerät.",), "cookie_notice"),
    ("fr", "tail", ("Laisser un commentaire", "Annuler la réponse",
                    "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
                    "Commentaire", "Nom *", "E-mail *", "Site web"), "comment_thread"),
    ("fr", "tail", ("12 commentaires", "Répondre"), "comment_thread"),
    ("fr", "tail", ("Une réflexion sur « Le conseil municipal vote la rénovation de l'ancienne gare »",),
     "comment_thread"),
    ("fr", "tail", ("Sur le même sujet", "La piscine municipale rouvre ses portes",
                    "Un nouveau marché le samedi matin"), "related_links"),
    ("fr", "tail", ("Vous aimerez aussi", "La piscine municipale rouvre ses portes",
                    "Un nouveau marché le samedi matin"), "related_links"),
    ("fr", "body1", ("Publicité",), "advertisement"),
    ("fr", "body2", ("Partager",), "share_widget"),
    ("fr", "head", ("Lecture : 5 min",), "reading_time"),
    ("fr", "body2", ("À lire aussi : La piscine municipale rouvre ses portes",), "read_more"),
    ("fr", "tail", ("Mots-clés : gare, culture, conseil municipal",), "tags"),
    ("fr", "tail", ("Vous pouvez vous désinscrire à tout moment.",), "newsletter_plug"),
    ("fr", "tail", ("Ce site utilise des cookies pour améliorer votre expérience.",), "cookie_notice"),
    ("es", "tail", ("Deja una respuesta", "Cancelar la respuesta",
                    "Tu dirección de correo electrónico no será publicada. "
                    "Los campos obligatorios están marcados con *",
                    "Comentario", "Nombre *", "Correo electrónico *", "Web"), "comment_thread"),
    ("es", "tail", ("5 comentarios", "Responder"), "comment_thread"),
    ("es", "tail", ("Noticias relacionadas", "La piscina municipal vuelve a abrir",
                    "Nuevo mercado los sábados por la mañana"), "related_links"),
    ("es", "tail", ("Te puede interesar", "La piscina municipal vuelve a abrir",
                    "Nuevo mercado los sábados por la mañana"), "related_links"),
    ("es", "body1", ("Publicidad",), "advertisement"),
    ("es", "body2", ("Compartir",), "share_widget"),
    ("es", "head", ("Tiempo de lectura: 5 minutos",), "reading_time"),
    ("es", "head", ("Hace 3 horas",), "byline_decoration"),
    ("es", "tail", ("Etiquetas: estación, cultura, ayuntamiento",), "tags"),
    ("es", "tail", ("Suscríbete a nuestra newsletter y recibe las noticias en tu correo",), "newsletter_plug"),
    ("es", "tail", ("Este sitio web utiliza cookies para mejorar su experiencia.",), "cookie_notice"),
    ("pt", "tail", ("Deixe um comentário", "Cancelar resposta",
                    "O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *",
                    "Comentário", "Nome *", "E-mail *", "Site"), "comment_thread"),
    ("pt", "tail", ("4 comentários", "Responder"), "comment_thread"),
    ("pt", "tail", ("Leia também", "Piscina municipal volta a abrir",
                    "Novo mercado aos sábados de manhã"), "related_links"),
    ("pt", "tail", ("Veja também", "Piscina municipal volta a abrir",
                    "Novo mercado aos sábados de manhã"), "related_links"),
    # a teaser box's call beside its picture
    ("pt", "tail", ("Clique na imagem acima e veja como ficou a nova estação depois de dois anos de obras.",),
     "read_more"),
    ("pt", "tail", ("Clique e saiba os horários dos comboios para a nova estação.",), "read_more"),
    ("pt", "body1", ("Publicidade",), "advertisement"),
    ("pt", "body2", ("Compartilhar",), "share_widget"),
    ("pt", "head", ("5 min de leitura",), "reading_time"),
    ("pt", "body1", ("Tempo de leitura: 1 minuto",), "reading_time"),
    ("pt", "tail", ("5603 usuários on-line",), "navigation"),
    # a firm's sales buttons after the article
    ("es", "tail", ("Solicita una demo gratis",), "navigation"),
    ("es", "tail", ("Pide presupuesto sin compromiso",), "navigation"),
    ("fr", "tail", ("Demandez un devis gratuit",), "navigation"),
    ("fr", "tail", ("Réserver une démo",), "navigation"),
    ("de", "tail", ("Jetzt Angebot anfordern",), "navigation"),
    ("de", "tail", ("Kostenlose Demo buchen",), "navigation"),
    ("pt", "tail", ("Solicite uma demonstração",), "navigation"),
    ("pt", "tail", ("Peça um orçamento grátis",), "navigation"),
    ("it", "tail", ("Richiedi un preventivo gratuito",), "navigation"),
    ("it", "tail", ("Prenota una demo",), "navigation"),
    ("nl", "tail", ("Vraag een gratis demo aan",), "navigation"),
    ("nl", "tail", ("Offerte aanvragen",), "navigation"),
    ("de", "tail", ("Kommentare mit Beleidigungen werden nicht freigeschaltet.",), "comment_form"),
    ("es", "tail", ("Los comentarios con insultos no serán publicados.",), "comment_form"),
    ("fr", "tail", ("Les commentaires injurieux ne seront pas publiés.",), "comment_form"),
    ("fr", "body1", ("Temps de lecture : 3 minutes",), "reading_time"),
    ("pt", "tail", ("Tags: estação, cultura, câmara",), "tags"),
    ("pt", "tail", ("Este site utiliza cookies para melhorar a sua experiência.",), "cookie_notice"),
    ("it", "tail", ("Lascia un commento", "Annulla risposta",
                    "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
                    "Commento", "Nome *", "Email *", "Sito web"), "comment_thread"),
    ("it", "tail", ("7 commenti", "Rispondi"), "comment_thread"),
    ("it", "tail", ("Articoli correlati", "Riapre la piscina comunale",
                    "Un nuovo mercato il sabato mattina"), "related_links"),
    ("it", "tail", ("Potrebbe interessarti anche", "Riapre la piscina comunale",
                    "Un nuovo mercato il sabato mattina"), "related_links"),
    ("it", "body1", ("Pubblicità",), "advertisement"),
    ("it", "body2", ("Condividi",), "share_widget"),
    ("it", "head", ("Tempo di lettura: 4 minuti",), "reading_time"),
    ("it", "tail", ("Tag: stazione, cultura, consiglio comunale",), "tags"),
    ("it", "tail", ("Riproduzione riservata ©",), "copyright"),
    ("it", "tail", ("Questo sito utilizza cookie tecnici e di profilazione.",), "cookie_notice"),
    ("nl", "tail", ("Geef een reactie", "Reactie annuleren",
                    "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *",
                    "Reactie", "Naam *", "E-mail *", "Website"), "comment_thread"),
    ("nl", "tail", ("6 reacties", "Beantwoorden"), "comment_thread"),
    ("nl", "tail", ("Gerelateerde artikelen", "Het zwembad gaat weer open",
                    "Nieuwe markt op zaterdagochtend"), "related_links"),
    ("nl", "body2", ("Lees ook: Het zwembad gaat weer open",), "read_more"),
    ("nl", "body1", ("Advertentie",), "advertisement"),
    ("nl", "body2", ("Delen",), "share_widget"),
    ("nl", "head", ("Leestijd: 4 minuten",), "reading_time"),
    ("nl", "tail", ("Trefwoorden: station, cultuur, gemeenteraad",), "tags"),
    ("nl", "tail", ("Deze website maakt gebruik van cookies.",), "cookie_notice"),
    # WordPress and Blogger headers that open the comment section, as those platforms translate them
    ("es", "tail", ("2 respuestas a «El ayuntamiento aprueba la reforma de la antigua estación»",),
     "comment_thread"),
    ("it", "tail", ("Un pensiero su “Il consiglio comunale approva il restauro della vecchia stazione”",),
     "comment_thread"),
    ("pt", "tail", ("Postar um comentário", "Postagem mais recente", "Postagem mais antiga"), "comment_thread"),
    ("nl", "tail", ("Een reactie posten", "Nieuwere post", "Oudere post"), "comment_thread"),
    ("de", "tail", ("Älterer Post", "Abonnieren Kommentare zum Post (Atom)"), "navigation"),
    ("it", "tail", ("Lascia un commento Annulla risposta", "Nome *", "Email *"), "comment_thread"),
    ("fr", "tail", ("Permalien",), "share_widget"),
    # affiliate disclosures: "if you buy through our links, we may receive a commission", "contains affiliate links"
    ("es", "head", ("Si compras algún producto desde los enlaces de esta guía, es posible que recibamos "
                    "una comisión.",), "advertisement"),
    ("es", "tail", ("Esta publicación incluye enlaces de afiliados.",
                    "Podríamos recibir una pequeña comisión por las compras que hagas, "
                    "sin coste adicional para ti."),
     "advertisement"),
    ("fr", "head", ("Lorsque vous effectuez un achat depuis l’un de nos liens, nous sommes susceptibles de percevoir "
                    "une commission.",), "advertisement"),
    ("fr", "tail", ("Ce guide contient des liens d’affiliation.",
                    "Nous pourrions toucher une petite rémunération sur vos achats, "
                    "sans frais supplémentaires pour vous."),
     "advertisement"),
    ("de", "head", ("Wenn du über einen der Links in diesem Beitrag etwas bestellst, bekommen wir vom Händler eine "
                    "kleine Provision.",), "advertisement"),
    ("de", "head", ("Kaufst du über einen dieser Links ein, erhalten wir eine kleine Provision.",), "advertisement"),
    ("de", "tail", ("Dieser Ratgeber enthält sogenannte Affiliate-Links.", "*Affiliate-Link"), "advertisement"),
    ("pt", "head", ("Se você fizer uma compra pelos links desta página, poderemos receber uma pequena comissão.",),
     "advertisement"),
    ("pt", "head", ("Ao comprar através dos nossos links, recebemos uma comissão, sem custo extra para você.",),
     "advertisement"),
    ("pt", "tail", ("Este post pode conter links de afiliados.",), "advertisement"),
    ("it", "head", ("Se acquisti uno dei prodotti tramite i nostri link, potremmo percepire una piccola commissione.",),
     "advertisement"),
    ("it", "tail", ("Questa guida contiene link di affiliazione.",), "advertisement"),
    ("nl", "head", ("Als je via een van de links in dit artikel iets bestelt, ontvangen we mogelijk een kleine "
                    "commissie.",), "advertisement"),
    # the author's bio in a sentence after the article
    ("de", "tail", ("Anna Weber ist freie Journalistin und lebt seit vielen Jahren in der kleinen Stadt, über "
                    "die sie für mehrere Zeitungen schreibt.",), "author_bio"),
    ("es", "tail", ("Lucía Martín es periodista y vive desde hace muchos años en la pequeña ciudad, sobre la que "
                    "escribe para varios periódicos.",), "author_bio"),
    ("fr", "tail", ("Marie Dubois est journaliste indépendante et vit depuis de nombreuses années dans la petite "
                    "ville, sur laquelle elle écrit pour plusieurs journaux.",), "author_bio"),
    ("it", "tail", ("Giulia Rossi è una giornalista freelance e vive da molti anni nella piccola città, di cui "
                    "scrive per diversi giornali.",), "author_bio"),
    ("nl", "tail", ("Anna de Vries is freelance journalist en woont al vele jaren in het kleine stadje, waarover "
                    "ze voor verschillende kranten schrijft.",), "author_bio"),
    ("pt", "tail", ("Ana Souza é jornalista e vive há muitos anos na pequena cidade, sobre a qual escreve para "
                    "vários jornais.",), "author_bio"),
    ("nl", "tail", ("Deze gids bevat affiliate links.",
                    "Wij ontvangen mogelijk een kleine vergoeding als je via onze links iets koopt."), "advertisement"),
    # a comment thread an extractor kept without its header: readers' remarks on the post open it
    ("de", "tail", ("Danke für den tollen Artikel! Ich war letzten Sommer dort und der Bahnhof war schon damals "
                    "in einem traurigen Zustand.",
                    "Wann genau sollen die Arbeiten beginnen?",
                    "Toller Beitrag, ich freue mich schon auf das Kino."), "comment_thread"),
    ("fr", "tail", ("Merci pour cet article ! Je suis passée devant la gare hier et le chantier n'a pas encore "
                    "commencé.",
                    "Et le parking, il restera ouvert ?",
                    "Super article, j'ai hâte de voir le cinéma."), "comment_thread"),
    ("es", "tail", ("Gracias por compartir. Yo viví cerca de la estación y me alegra que por fin hagan algo con "
                    "el edificio.",
                    "¿Habrá aparcamiento para los vecinos?",
                    "Excelente artículo, muy completo."), "comment_thread"),
    ("pt", "tail", ("Obrigado pelo artigo! Passei pela estação ontem e ainda não há sinal das obras.",
                    "E o estacionamento, vai continuar aberto?",
                    "Ótimo texto, parabéns."), "comment_thread"),
    ("it", "tail", ("Grazie per l'articolo! Sono passata davanti alla stazione ieri e il cantiere non è ancora "
                    "partito.",
                    "E il parcheggio resterà aperto?",
                    "Ottimo articolo, complimenti."), "comment_thread"),
    ("nl", "tail", ("Bedankt voor het delen! Ik kwam gisteren langs het station en er is nog niets te zien van "
                    "de verbouwing.",
                    "Blijft de parkeerplaats open?",
                    "Mooi artikel, ik kijk uit naar de filmzaal."), "comment_thread"),
    # a comment's signature with a date and a time, after a long name (a role in parentheses)
    ("de", "tail", ("Anna Schmidt (Redaktion) am 2. Mai 2024 um 16:47 Uhr sagte:",), "comment_form"),
    ("de", "tail", ("Jonas Peter Albrecht (Leser) am 02.05.2024 um 9:05 Uhr schreibt:",), "comment_form"),
    ("fr", "tail", ("Marie Dubois (Rédaction) le 2 mai 2024 à 16 h 47 min a dit :",), "comment_form"),
    ("fr", "tail", ("Jean-Pierre Martin (lecteur) le 1er mars 2023 à 9h05 écrit :",), "comment_form"),
    ("es", "tail", ("Ana Ruiz (Redacción) el 2 de mayo de 2024 a las 16:47 dijo:",), "comment_form"),
    ("es", "tail", ("Carlos Pérez Gómez el 12 de marzo de 2023 a las 9:05 dice:",), "comment_form"),
    ("pt", "tail", ("Ana Souza (Redação) em 2 de maio de 2024 às 16:47 disse:",), "comment_form"),
    ("pt", "tail", ("João Pedro Lima em 12 de março de 2023 às 9h05 escreveu:",), "comment_form"),
    ("it", "tail", ("Marco Rossi (Redazione) il 2 maggio 2024 alle 16:47 ha detto:",), "comment_form"),
    ("it", "tail", ("Giulia Bianchi (lettrice) il 12 marzo 2023 alle ore 9:05 scrive:",), "comment_form"),
    ("nl", "tail", ("Anna de Vries (redactie) op 2 mei 2024 om 16:47 zei:",), "comment_form"),
    ("nl", "tail", ("Pieter Jansen (lezer) op 12 maart 2023 om 9:05 schreef:",), "comment_form"),
    # a comment widget's own lines: loading, "comment on this article", log in to comment, moderation
    ("de", "tail", ("Kommentare werden geladen …",), "comment_thread"),
    ("de", "tail", ("Diesen Artikel kommentieren",), "comment_thread"),
    ("de", "tail", ("Sie müssen sich anmelden, um einen Kommentar zu schreiben.",), "comment_form"),
    ("de", "tail", ("Zum Kommentieren müssen Sie angemeldet sein.",), "comment_form"),
    ("de", "tail", ("Kommentare werden vor der Freischaltung geprüft.",), "comment_form"),
    ("de", "tail", ("Hinweis: Wir moderieren derzeit alle Kommentare.",), "comment_form"),
    ("fr", "tail", ("Chargement des commentaires…",), "comment_thread"),
    ("fr", "tail", ("Commentez cet article",), "comment_thread"),
    ("fr", "tail", ("Vous devez être abonné pour réagir.",), "comment_form"),
    ("fr", "tail", ("Note : nous modérons tous les commentaires.",), "comment_form"),
    ("es", "tail", ("Cargando comentarios…",), "comment_thread"),
    ("es", "tail", ("Comenta este artículo",), "comment_thread"),
    ("es", "tail", ("Tienes que iniciar sesión para comentar.",), "comment_form"),
    ("es", "tail", ("Para comentar debes estar registrado.",), "comment_form"),
    ("es", "tail", ("Nota: moderamos todos los comentarios.",), "comment_form"),
    ("pt", "tail", ("A carregar comentários...",), "comment_thread"),
    ("pt", "tail", ("Comente este artigo",), "comment_thread"),
    ("pt", "tail", ("É preciso ser assinante para comentar.",), "comment_form"),
    ("pt", "tail", ("Para comentar, você precisa ser assinante.",), "comment_form"),
    ("pt", "tail", ("Nota: moderamos todos os comentários.",), "comment_form"),
    ("it", "tail", ("Caricamento commenti…",), "comment_thread"),
    ("it", "tail", ("Commenta questo articolo",), "comment_thread"),
    ("it", "tail", ("Devi effettuare l'accesso per commentare.",), "comment_form"),
    ("it", "tail", ("Per commentare devi essere abbonato.",), "comment_form"),
    ("it", "tail", ("Nota: moderiamo tutti i commenti.",), "comment_form"),
    ("nl", "tail", ("Reacties worden geladen…",), "comment_thread"),
    ("nl", "tail", ("Reageer op dit nieuws",), "comment_thread"),
    ("nl", "tail", ("U moet abonnee zijn om te kunnen reageren.",), "comment_form"),
    ("nl", "tail", ("Om te reageren moet je ingelogd zijn.",), "comment_form"),
    ("nl", "tail", ("Let op: we modereren alle reacties.",), "comment_form"),
    # affiliate disclosures in their own words: "the links in this article are affiliate links", "products
    # were chosen independently by our editors"
    ("de", "head", ("Einige der Links in diesem Artikel sind Affiliate-Links.",), "advertisement"),
    ("de", "head", ("Alle Produkte wurden von unserer Redaktion unabhängig ausgewählt.",), "advertisement"),
    ("fr", "head", ("Les liens de cet article sont des liens affiliés.",), "advertisement"),
    ("fr", "head", ("Les produits sont sélectionnés de manière indépendante par notre rédaction.",), "advertisement"),
    ("es", "head", ("Los enlaces de este artículo son de afiliados.",), "advertisement"),
    ("es", "head", ("Los productos han sido seleccionados de forma independiente por nuestra redacción.",),
     "advertisement"),
    ("pt", "head", ("Alguns dos links deste artigo são de afiliados.",), "advertisement"),
    ("pt", "head", ("Os produtos foram selecionados de forma independente pela nossa redação.",), "advertisement"),
    ("it", "head", ("Alcuni dei link in questo articolo sono di affiliazione.",), "advertisement"),
    ("it", "head", ("I prodotti sono stati selezionati in modo indipendente dalla nostra redazione.",),
     "advertisement"),
    ("nl", "head", ("Sommige links in dit artikel zijn affiliate links.",), "advertisement"),
    ("nl", "head", ("De producten worden onafhankelijk geselecteerd door onze redactie.",), "advertisement"),
    # a newsletter sign-up box: its heading, the newsletters it offers, new posts by e-mail, its answer, a
    # newsletter with its name
    ("de", "tail", ("Anmeldung zum Newsletter",), "newsletter_plug"),
    ("de", "tail", ("Täglicher Newsletter",), "newsletter_plug"),
    ("de", "tail", ("Neue Beiträge per E-Mail abonnieren",), "newsletter_plug"),
    ("de", "tail", ("Danke, Sie sind jetzt angemeldet!",), "newsletter_plug"),
    ("de", "tail", ("Den Hafenblick-Newsletter abonnieren",), "newsletter_plug"),
    ("fr", "tail", ("Abonnement à la newsletter",), "newsletter_plug"),
    ("fr", "tail", ("Newsletter quotidienne",), "newsletter_plug"),
    ("fr", "tail", ("Abonnez-vous au blog par e-mail",), "newsletter_plug"),
    ("fr", "tail", ("Merci, vous êtes inscrit !",), "newsletter_plug"),
    ("fr", "tail", ("Rejoignez notre newsletter Le Quai",), "newsletter_plug"),
    ("es", "tail", ("Suscripción a la newsletter",), "newsletter_plug"),
    ("es", "tail", ("Boletín diario",), "newsletter_plug"),
    ("es", "tail", ("Suscríbete al blog por correo electrónico",), "newsletter_plug"),
    ("es", "tail", ("¡Gracias! Ya estás suscrito.",), "newsletter_plug"),
    ("es", "tail", ("Únete a nuestra newsletter El Muelle",), "newsletter_plug"),
    ("pt", "tail", ("Inscrição na newsletter",), "newsletter_plug"),
    ("pt", "tail", ("Newsletter diária",), "newsletter_plug"),
    ("pt", "tail", ("Receba os novos posts por e-mail",), "newsletter_plug"),
    ("pt", "tail", ("Obrigado! Você está inscrito.",), "newsletter_plug"),
    ("pt", "tail", ("Receba a nossa newsletter Cais",), "newsletter_plug"),
    ("it", "tail", ("Iscrizione alla newsletter",), "newsletter_plug"),
    ("it", "tail", ("Newsletter settimanale",), "newsletter_plug"),
    ("it", "tail", ("Iscriviti al blog tramite email",), "newsletter_plug"),
    ("it", "tail", ("Grazie, sei iscritto!",), "newsletter_plug"),
    ("it", "tail", ("Ricevi la nostra newsletter Il Molo",), "newsletter_plug"),
    ("nl", "tail", ("Nieuwsbrief ontvangen",), "newsletter_plug"),
    ("nl", "tail", ("Wekelijkse nieuwsbrief",), "newsletter_plug"),
    ("nl", "tail", ("Ontvang nieuwe berichten per e-mail",), "newsletter_plug"),
    ("nl", "tail", ("Bedankt! Je bent nu ingeschreven.",), "newsletter_plug"),
    ("nl", "tail", ("Ontvang onze Havenbrief-nieuwsbrief",), "newsletter_plug"),
    # a sign-up form's consent: "by entering your e-mail address you agree", "by checking this box you agree"
    ("de", "tail", ("Mit der Eingabe Ihrer E-Mail-Adresse stimmen Sie unseren Nutzungsbedingungen zu.",),
     "newsletter_plug"),
    ("de", "tail", ("Indem Sie Ihre E-Mail-Adresse eingeben, akzeptieren Sie die Nutzungsbedingungen.",),
     "newsletter_plug"),
    ("de", "tail", ("Mit dem Setzen des Häkchens willigen Sie in den Erhalt des Newsletters ein.",), "newsletter_plug"),
    ("fr", "tail", ("En saisissant votre adresse e-mail, vous acceptez de recevoir nos offres.",), "newsletter_plug"),
    ("fr", "tail", ("En cochant cette case, vous acceptez notre politique de confidentialité.",), "newsletter_plug"),
    ("es", "tail", ("Al introducir tu correo electrónico, aceptas nuestra política de privacidad.",),
     "newsletter_plug"),
    ("es", "tail", ("Al marcar esta casilla, aceptas recibir comunicaciones comerciales.",), "newsletter_plug"),
    ("pt", "tail", ("Ao inserir o seu e-mail, você concorda com os nossos termos de uso.",), "newsletter_plug"),
    ("pt", "tail", ("Ao marcar esta caixa, concorda em receber comunicações comerciais.",), "newsletter_plug"),
    ("it", "tail", ("Inserendo il tuo indirizzo email, accetti la nostra informativa sulla privacy.",),
     "newsletter_plug"),
    ("it", "tail", ("Selezionando questa casella, acconsenti a ricevere comunicazioni commerciali.",),
     "newsletter_plug"),
    ("nl", "tail", ("Door je e-mailadres in te vullen, ga je akkoord met onze voorwaarden.",), "newsletter_plug"),
    ("nl", "tail", ("Door dit vakje aan te vinken, geef je toestemming voor het ontvangen van e-mails.",),
     "newsletter_plug"),
    # a follow line with a list of platforms
    ("de", "tail", ("Folgen Sie der Stadtredaktion auf Facebook, Instagram und X.",), "share_widget"),
    ("fr", "tail", ("Suivez la rédaction sur Facebook, Instagram et X.",), "share_widget"),
    ("es", "tail", ("Sigue a la redacción en Facebook, Instagram y X.",), "share_widget"),
    ("pt", "tail", ("Acompanhe a redação no Facebook, no Instagram e no X.",), "share_widget"),
    ("it", "tail", ("Segui la redazione su Facebook, Instagram e X.",), "share_widget"),
    ("nl", "tail", ("Volg de redactie op Bluesky, Threads en Mastodon.",), "share_widget"),
    # a sign-up box's message once its form is sent
    ("es", "tail", ("Te hemos enviado un correo de confirmación.",), "newsletter_plug"),
    ("es", "tail", ("Por favor, confirma tu suscripción.",), "newsletter_plug"),
    ("fr", "tail", ("Un e-mail de confirmation vous a été envoyé.",), "newsletter_plug"),
    ("fr", "tail", ("Veuillez confirmer votre inscription en cliquant sur le lien.",), "newsletter_plug"),
    ("de", "tail", ("Wir haben Ihnen eine E-Mail mit einem Bestätigungslink geschickt.",), "newsletter_plug"),
    ("de", "tail", ("Bitte bestätigen Sie Ihre Newsletter-Anmeldung.",), "newsletter_plug"),
    ("pt", "tail", ("Enviamos um e-mail de confirmação para você.",), "newsletter_plug"),
    ("pt", "tail", ("Por favor, confirme sua assinatura.",), "newsletter_plug"),
    ("it", "tail", ("Ti abbiamo inviato un'email di conferma.",), "newsletter_plug"),
    ("it", "tail", ("Conferma la tua iscrizione alla newsletter.",), "newsletter_plug"),
    ("nl", "tail", ("We hebben je een bevestigingsmail gestuurd.",), "newsletter_plug"),
    ("nl", "tail", ("Bevestig je inschrijving voor de nieuwsbrief.",), "newsletter_plug"),
    # a donation appeal, the whole line
    ("es", "tail", ("Por favor, considera apoyarnos.",), "subscription_plug"),
    ("fr", "tail", ("Pensez à nous soutenir.",), "subscription_plug"),
    ("de", "tail", ("Bitte unterstützen Sie uns.",), "subscription_plug"),
    ("pt", "tail", ("Faça uma doação",), "subscription_plug"),
    ("it", "tail", ("Per favore, considera di sostenerci.",), "subscription_plug"),
    ("nl", "tail", ("Doneer nu",), "subscription_plug"),
    # a recipe card's buttons and its question to the cook, and a food blog's skip link over its story
    ("es", "tail", ("¿Has hecho esta receta? Etiquétanos en Instagram.", "Imprimir receta", "Valorar receta"),
     "share_widget"),
    ("pt", "tail", ("Fez esta receita? Marque-nos no Instagram!", "Imprimir receita", "Avaliar receita"),
     "share_widget"),
    ("fr", "tail", ("Vous avez testé cette recette ? Partagez votre photo !", "Imprimer la recette",
                    "Noter la recette"), "share_widget"),
    ("de", "tail", ("Hast du dieses Rezept ausprobiert? Markiere uns auf Instagram!", "Rezept drucken",
                    "Rezept bewerten"), "share_widget"),
    ("it", "tail", ("Hai provato questa ricetta? Taggaci su Instagram!", "Stampa la ricetta", "Vota la ricetta"),
     "share_widget"),
    ("nl", "tail", ("Heb je dit recept gemaakt? Tag ons op Instagram!", "Recept printen", "Beoordeel dit recept"),
     "share_widget"),
    ("es", "head", ("Saltar a la receta",), "navigation"),
    ("pt", "head", ("Pular para a receita",), "navigation"),
    ("fr", "head", ("Aller à la recette",), "navigation"),
    ("de", "head", ("Zum Rezept springen",), "navigation"),
    ("it", "head", ("Vai alla ricetta",), "navigation"),
    ("nl", "head", ("Naar het recept",), "navigation"),
    # a button to give the article to a reader without a subscription
    ("fr", "head", ("Offrir cet article",), "share_widget"),
    ("de", "head", ("Artikel verschenken",), "share_widget"),
    ("es", "head", ("Regalar artículo",), "share_widget"),
    ("pt", "head", ("Oferecer artigo",), "share_widget"),
    ("it", "head", ("Regala l'articolo",), "share_widget"),
    ("nl", "head", ("Artikel cadeau doen",), "share_widget"),
    # a credit without a colon: the photographer's name and the paper or agency
    ("fr", "body1", ("Photo Antoine Ribaud pour Le Quotidien du Centre",), "photo_credit"),
    ("fr", "body1", ("PHOTO ÉLISE MARCHETTI / AFP",), "photo_credit"),
    # a tag box's heading that names the article
    ("de", "tail", ("Schlagwörter zu diesem Artikel",), "tags"),
    ("fr", "tail", ("Mots-clés de l'article",), "tags"),
    ("es", "tail", ("Temas de este artículo",), "tags"),
    ("pt", "tail", ("Tópicos deste artigo",), "tags"),
    ("it", "tail", ("Argomenti di questo articolo",), "tags"),
    ("nl", "tail", ("Onderwerpen bij dit artikel",), "tags"),
]


@pytest.mark.parametrize("language, where, lines, category", MUST_REMOVE,
                         ids=[f"{case[0]}-{case[3]}-{case[2][0][:24]}" for case in MUST_REMOVE])
def test_widget_lines_go(language, where, lines, category):
    assert_gone_with_paragraphs_kept(clean(build(language, where, lines), language), lines, category,
                                     PAGES[language][2])


def assert_gone_with_paragraphs_kept(result, lines: tuple[str, ...], category: str, paragraphs: list[str]) -> None:
    """Every widget line went, the first under ``category``, and every paragraph stayed."""
    assert removed_with(result, lines[0]) == category
    kept = kept_lines(result)
    for line in lines:
        assert line not in kept
    for paragraph in paragraphs:
        assert paragraph in kept


# ------------------------------------------------------------------ must keep

MUST_KEEP = [
    # a match's scorers in a sentence that opens like a blog's labels ("Marcadores: receitas, bolos")
    ("pt", "Marcadores: Tiago Meireles (3), Duarte Lopes e Hugo Sampaio."),
    ("es", "Tema: cómo gasta el ayuntamiento el dinero de los vecinos."),
    # a guide's step that reads like a sales button, between two paragraphs
    ("es", "Pide presupuesto"),
    ("de", "Angebot anfordern"),
    ("nl", "Offerte aanvragen"),
    # a sentence about a comment policy goes on after a comma
    ("de", "Kommentare werden moderiert, sagte die Sprecherin, doch die Regeln seien streng."),
    # (language, line inserted between two paragraphs)
    ("de", "Eine Anwohnerin sagte, sie habe einen Kommentar an die Zeitung geschickt und den Newsletter "
           "der Stadt abonniert, um nichts zu verpassen."),
    ("de", "Auf der Website der Stadt werden Cookies nur mit Zustimmung gesetzt, betonte die Verwaltung."),
    ("de", "„Wir wollen diesen Ort mit allen teilen“, sagte die Bürgermeisterin."),
    ("de", "Kino und Bibliothek"),
    ("fr", "Une habitante a raconté qu'elle avait laissé un commentaire sur le site de la mairie et "
           "qu'elle s'était abonnée à la newsletter de la ville."),
    ("fr", "« Nous voulons partager ce lieu avec tout le monde », a déclaré la maire."),
    ("fr", "Un cinéma et une bibliothèque"),
    ("es", "Una vecina contó que deja un comentario en la web del ayuntamiento cada semana y que se "
           "suscribió al boletín para seguir las obras."),
    ("es", "«Queremos compartir este lugar con todos», dijo la alcaldesa."),
    ("es", "Un cine y una biblioteca"),
    ("pt", "Uma moradora contou que deixou um comentário no site da câmara e que assinou a newsletter da "
           "cidade para acompanhar as obras."),
    ("pt", "«Queremos partilhar este lugar com toda a gente», disse a presidente da câmara."),
    ("pt", "Um cinema e uma biblioteca"),
    # a how-to's steps
    ("pt", "Clique no ícone da engrenagem para abrir as configurações e escolha o idioma da página."),
    ("pt", "Clique e arraste o ficheiro para a pasta da câmara, como explicou o técnico."),
    ("it", "Una residente ha raccontato di aver lasciato un commento sul sito del comune e di essersi "
           "iscritta alla newsletter per seguire i lavori."),
    ("it", "«Vogliamo condividere questo luogo con tutti», ha detto la sindaca."),
    ("it", "Un cinema e una biblioteca"),
    ("nl", "Een bewoonster vertelde dat ze een reactie op de website van de gemeente had geplaatst en "
           "zich voor de nieuwsbrief had aangemeld."),
    ("nl", "„We willen deze plek met iedereen delen”, zei de burgemeester."),
    ("nl", "Een filmzaal en een bibliotheek"),
    # advice that starts like a newsletter plug ("Stay informed about ...")
    ("es", "Mantente informado sobre las obras: el ayuntamiento cuelga los planos en la entrada del "
           "edificio cada lunes."),
    ("fr", "Restez informés des travaux : la mairie affiche les plans à l'entrée du bâtiment chaque lundi."),
    ("it", "Resta aggiornato sui lavori: il comune appende le piante all'ingresso dell'edificio ogni lunedì."),
    ("es", "Mantente al día de las novedades de las obras: el ayuntamiento las cuelga en la entrada cada lunes."),
    ("it", "Resta aggiornato sulle novità dei lavori: il comune le appende all'ingresso ogni lunedì."),
    ("pt", "Fique a par das novidades das obras: a câmara afixa-as à entrada do edifício todas as segundas."),
    ("nl", "Blijf op de hoogte van de werken: de gemeente hangt de plannen elke maandag bij de ingang op."),
    ("pt", "Fique a par das obras: a câmara afixa as plantas à entrada do edifício todas as segundas-feiras."),
    # a sentence that starts like a tag line ("Publicado en: Noticias")
    ("es", "Publicado en 2019, el informe advirtió que el muelle no era seguro para los barcos."),
    ("fr", "Publié dans la revue de la ville, le rapport avertissait que le quai n'était pas sûr."),
    ("de", "Veröffentlicht in der Stadtzeitung, warnte der Bericht vor dem Zustand des Stegs."),
    ("pt", "Publicado em 2019, o relatório avisava que o cais não era seguro para os barcos."),
    ("it", "Pubblicato in primavera, il rapporto avvertiva che il molo non era sicuro per le barche."),
    ("nl", "Gepubliceerd in het voorjaar, waarschuwde het rapport dat de steiger niet veilig was."),
    # prose that starts like a cookie notice or a plug (a ship "continues sailing", advice)
    ("es", "Al continuar navegando hacia el norte, el barco encontró por fin aguas tranquilas."),
    ("es", "No te pierdas ninguna de las playas del norte, que en verano se llenan de familias."),
    ("fr", "Il vous reste deux options : prendre le ferry ou attendre la marée basse."),
    ("fr", "Ne ratez rien du festival du port, qui commence samedi sur le quai."),
    ("it", "Continuando a navigare verso nord, la barca trovò finalmente acque calme."),
    ("it", "Noi e i nostri figli siamo andati al molo ogni domenica per vedere i pescatori."),
    ("pt", "Ao continuar navegando para norte, o barco encontrou finalmente águas calmas."),
    ("pt", "Experimente por si mesmo o caminho ao longo do cais, ao fim da tarde."),
    ("fr", "Téléchargez l'appel d'offres sur le site de la mairie avant la fin du mois."),
    ("it", "Scarica l'appendice del bando dal sito del comune prima della fine del mese."),
    ("nl", "Download de appendix bij het rapport van de gemeente voor alle cijfers."),
    # prose about commissions, links or buying that starts like an affiliate disclosure or holds its words
    ("de", "Wenn Sie über die neue Brücke fahren, sparen Sie auf dem Weg zum Bahnhof etwa zehn Minuten."),
    ("de", "Wenn Sie über einen Makler kaufen, erhalten wir als Gemeinde keine Provision, "
           "sagte die Bürgermeisterin."),
    ("de", "Wir erhalten eine Provision von zwei Prozent, sagte der Makler, der das Bahnhofsgebäude "
           "verkauft hat."),
    ("de", "Für die Vermittlung des Gebäudes erhielt ein Makler aus der Nachbarstadt eine Provision "
           "von zwei Prozent."),
    ("es", "La comisión de urbanismo podrá recibir propuestas de los vecinos hasta finales de mes."),
    ("es", "Podemos recibir una comisión de expertos la próxima semana, explicó la alcaldesa en el pleno."),
    ("fr", "Nous pouvons recevoir une commission d'experts la semaine prochaine, a expliqué la maire."),
    ("pt", "Podemos receber uma comissão de moradores na próxima semana, explicou a vereadora da cultura."),
    ("it", "Riceviamo una commissione di esperti la prossima settimana, ha spiegato la sindaca in consiglio."),
    ("es", "«Podemos recibir una comisión de expertos la próxima semana», explicó la alcaldesa."),
    ("es", "Si compras la entrada en la taquilla de la estación, el descuento para jubilados es "
           "del veinte por ciento."),
    ("fr", "La commission des finances pourra recevoir les devis des entreprises jusqu'à la fin du mois."),
    ("fr", "Si vous achetez vos billets à la gare, nous vous conseillons d'arriver tôt, a précisé la maire."),
    ("pt", "A comissão de obras da câmara pode receber propostas dos moradores até ao fim do mês."),
    ("pt", "Se você comprar um passe anual, ganhamos todos, disse a vereadora da cultura."),
    ("it", "«Possiamo ricevere una commissione di esperti già la prossima settimana», ha spiegato la sindaca."),
    ("it", "Se acquisti il biglietto in stazione, possiamo garantirti un posto a sedere, ha detto il responsabile."),
    ("nl", "De commissie van de gemeenteraad ontvangt de plannen volgende week en geeft daarna een advies."),
    ("nl", "Als je via de gemeente een kaartje koopt, krijgen we daar geen vergoeding voor, zei de voorzitter."),
    # a sentence with a date and a time is no comment's signature
    ("de", "Die Stadt teilte am 2. Mai 2024 um 16:47 Uhr mit:"),
    ("de", "Was die Bürgermeisterin am 2. Mai 2024 um 16:47 Uhr schrieb:"),
    ("fr", "La mairie a annoncé le 2 mai 2024 à 16 h 47 dans un communiqué :"),
    ("es", "El ayuntamiento anunció el 2 de mayo de 2024 a las 16:47 en un comunicado:"),
    ("pt", "A câmara anunciou em 2 de maio de 2024 às 16:47 num comunicado:"),
    ("it", "Il comune ha annunciato il 2 maggio 2024 alle 16:47 in una nota:"),
    ("nl", "De gemeente maakte op 2 mei 2024 om 16:47 bekend:"),
    ("nl", "Wat de burgemeester op 2 mei 2024 om 16:47 schreef:"),
    # prose that starts like a reader's remark ("Weiter so!", "Sigue así")
    ("de", "Weiter so wie bisher will der Rat nicht planen, sagte die Bürgermeisterin."),
    ("fr", "Continuez comme ça et vous arriverez à la gare en dix minutes, a expliqué la maire."),
    ("es", "Siga así por la calle mayor hasta llegar a la plaza de la estación, explicó el guía."),
    ("pt", "Continue assim pela avenida até chegar à praça da estação, explicou o guia."),
    ("it", "Continua così la tradizione della festa del quartiere, che si tiene ogni maggio da un secolo."),
    ("nl", "Ga zo door tot de rotonde en sla daar linksaf naar het station, legde de wethouder uit."),
    # reports and advice that start like a comment form, a disclosure, a sign-up box or a follow line
    ("de", "Sie müssen angemeldet sein, um einen Kommentar abzugeben, heißt es auf der neuen Seite der Stadt."),
    ("de", "Zum Kommentieren müssen Sie angemeldet sein, erklärte der Webmaster der Gemeinde den Vereinen."),
    ("de", "Kommentare werden vor der Freischaltung geprüft, versicherte der Sprecher des Hafenamts den Anwohnern."),
    ("de", "Wir prüfen alle Kommentare der Anwohner, sagte die Sprecherin des Hafenamts am Dienstag."),
    ("de", "Einige Links auf dieser Seite sind Partnerlinks zu den Vereinen der Stadt, die sich dort vorstellen."),
    ("de", "Die Produkte wurden von der Jury des Wochenmarkts unabhängig ausgewählt, sagte die Organisatorin."),
    ("de", "Danke, Sie sind jetzt angemeldet, sagte die Frau am Schalter des Bürgerbüros und reichte ihm die "
           "neue Parkkarte."),
    ("de", "Durch die Angabe ihrer E-Mail-Adresse stimmen sie zu, dass die Stadt sie über Baustellen informiert, "
           "erklärte die Sprecherin."),
    ("de", "Indem sie ihre E-Mail-Adresse angeben, erklären sie sich bereit, beim Hafenfest mitzuhelfen, sagte "
           "der Vereinsvorsitzende."),
    ("de", "Mit dem Ankreuzen des Feldes erklären sie sich als Helfer bereit, sagte die Leiterin des Vereins."),
    ("de", "Folgen Sie dem Hafenmeister auf Instagram, empfahl die Bürgermeisterin allen Seglern."),
    ("fr", "Vous devez être connecté pour publier un commentaire, précise le nouveau site de la mairie."),
    ("fr", "Nous modérons tous les commentaires des habitants, assure la mairie, qui a ouvert un forum sur la gare."),
    ("fr", "Les liens de cette page sont sponsorisés par la région, a reconnu la mairie après la plainte d'un élu."),
    ("fr", "Les produits sont sélectionnés par la rédaction du magazine de la ville, qui les teste au marché du "
           "samedi."),
    ("fr", "Merci, vous êtes inscrit sur la liste des bénévoles, a répondu la mairie aux habitants du quartier."),
    ("fr", "En saisissant votre adresse e-mail sur la borne de la gare, vous recevrez les horaires des trains."),
    ("fr", "En cochant la case du bas, les électeurs acceptent la procuration, rappelle la mairie."),
    ("fr", "Suivez le capitaine du port sur Instagram, a conseillé la maire aux plaisanciers."),
    ("es", "Debes estar registrado para publicar un comentario, advierte la nueva web del ayuntamiento."),
    ("es", "Para comentar debes estar registrado, recordó el concejal a los vecinos en el pleno del lunes."),
    ("es", "Revisamos todos los comentarios de los vecinos, aseguró la alcaldesa en el pleno del martes."),
    ("es", "Los enlaces de esta guía son de afiliados, denunció la asociación de consumidores del puerto."),
    ("es", "Los productos fueron elegidos por la redacción de la revista del barrio, que los probó en el mercado."),
    ("es", "Gracias, ya estás registrado, le dijo la funcionaria al vecino antes de entregarle la llave del huerto."),
    ("es", "Al introducir su correo electrónico en la web del ayuntamiento, los vecinos reciben un aviso de cada "
           "obra."),
    ("es", "Al marcar la casilla del censo, los vecinos aceptan figurar en la lista, explicó el concejal."),
    ("es", "Sigue a la alcaldesa en Instagram, donde publica fotos de las obras cada semana."),
    ("pt", "Você precisa estar logado para comentar, diz o novo site da câmara aos moradores."),
    ("pt", "Para comentar é preciso estar registado, lembrou o vereador aos moradores na reunião de segunda."),
    ("pt", "Moderamos todos os comentários dos moradores, garantiu a presidente da câmara na sessão de terça."),
    ("pt", "Os links deste guia são de afiliados, denunciou a associação de consumidores do porto."),
    ("pt", "Os produtos foram escolhidos pela redação da revista do bairro, que os provou no mercado."),
    ("pt", "Obrigado, você está inscrito na lista dos voluntários, respondeu a câmara aos moradores do bairro."),
    ("pt", "Ao inserir o seu e-mail no site da câmara, os moradores recebem um aviso de cada obra."),
    ("pt", "Ao marcar a caixa do recenseamento, os eleitores aceitam figurar na lista, explicou o vereador."),
    ("pt", "Acompanhe as obras da estação no Instagram da câmara, onde há fotos novas todas as semanas."),
    ("it", "Devi essere registrato per commentare, avverte il nuovo sito del comune."),
    ("it", "Per commentare bisogna accedere al portale del comune con le credenziali, ha spiegato l'assessore."),
    ("it", "Moderiamo tutti i commenti dei residenti, ha assicurato la sindaca durante il consiglio di martedì."),
    ("it", "I link di questa guida sono affiliati, ha denunciato l'associazione dei consumatori del porto."),
    ("it", "I prodotti sono stati scelti dalla redazione della rivista del quartiere, che li ha provati al mercato."),
    ("it", "Grazie, sei iscritto alla lista dei volontari, ha risposto il comune ai residenti del quartiere."),
    ("it", "Inserendo il tuo indirizzo email sul sito del comune, ricevi un avviso per ogni cantiere."),
    ("it", "Selezionando la casella del modulo, gli elettori accettano di comparire nella lista, ha spiegato "
           "l'assessore."),
    ("it", "Segui la sindaca su Instagram, dove pubblica ogni settimana le foto del cantiere."),
    ("nl", "Je moet ingelogd zijn om te reageren, staat op de nieuwe website van de gemeente."),
    ("nl", "Om te reageren moet je ingelogd zijn, legde de wethouder uit aan de bewoners van de wijk."),
    ("nl", "We beoordelen alle reacties van bewoners, zei de burgemeester dinsdag in de gemeenteraad."),
    ("nl", "De links in deze gids zijn affiliate, klaagde de consumentenbond van het havenstadje."),
    ("nl", "De producten zijn gekozen door de redactie van het buurtblad, dat ze op de markt heeft getest."),
    ("nl", "Bedankt, je bent ingeschreven als vrijwilliger, antwoordde de gemeente de bewoners van de wijk."),
    ("nl", "Door je e-mailadres in te vullen op de site van de gemeente, krijg je bericht over elke verbouwing."),
    ("nl", "Door het vakje op het stembiljet aan te vinken, kiezen de bewoners voor de nieuwe naam, legde de "
           "wethouder uit."),
    ("nl", "Volg de wethouder op Instagram, waar hij elke week foto's van de verbouwing plaatst."),
    # an announcement's own call to register: no newsletter, no link
    ("fr", "Veuillez confirmer votre inscription avant le 12 mai auprès de la mairie."),
    ("de", "Bitte bestätigen Sie Ihre Anmeldung bis Freitag beim Sportverein."),
    ("pt", "Confirme sua inscrição no Enem até sexta-feira."),
    ("it", "Conferma la tua iscrizione entro venerdì presso la segreteria del circolo."),
    ("nl", "Bevestig je inschrijving vóór vrijdag bij het secretariaat van de roeivereniging."),
    ("de", "Wir haben Ihnen eine E-Mail geschickt, sagte die Sprecherin der Bank den Kunden."),
    # a phishing message quoted in a report
    ("es", "Por favor, confirma tu suscripción, decía el correo falso que recibieron los clientes del banco."),
    # a charity's appeal quoted in a report
    ("es", "Por favor, considera apoyarnos, escribió la asociación de pescadores a los vecinos."),
    ("de", "Bitte unterstützen Sie uns, schrieb der Verein der Fischer an alle Haushalte der Stadt."),
    ("nl", "Steun ons, schreef de reddingsbrigade aan alle inwoners van het havenstadje."),
    # a section's heading that a footer's link also reads: a guide's access section, a product's or a
    # film's specifications
    ("es", "Accesibilidad"), ("fr", "Accessibilité"), ("de", "Barrierefreiheit"), ("it", "Accessibilità"),
    ("nl", "Toegankelijkheid"), ("pt", "Acessibilidade"), ("pt", "Ficha técnica"),
    # a sentence that opens like a credit without a colon
    ("fr", "Photo Antoine Ribaud pour le journal du lycée, dit-il, et toute la classe a ri."),
    # a recipe's story after the card's question, which asks for nothing (no tag, rating or comment)
    ("de", "Hast du dieses Rezept ausprobiert? Meine Großmutter hat einen Teil davon jeden Sonntag gebacken."),
    ("es", "¿Has probado esta receta? Mi abuela la preparaba cada domingo en la cocina de la estación."),
    ("nl", "Heb je dit recept gemaakt? Een deel van de familie at het elke zondag in de wachtkamer."),
    # sentences that open like a recipe card's question to the cook
    ("de", "Hast du dieses Rezept ausprobiert, fragte die Köchin jeden Gast, der das Café betrat."),
    ("es", "¿Has hecho esta receta alguna vez en una cocina de leña, como la de la antigua estación?"),
    ("fr", "Vous avez testé cette recette des cheminots, la tarte aux pommes que servait la gare ?"),
]


@pytest.mark.parametrize("language, line", [("es", "Por favor, lee el informe antes del pleno."),
                                            ("pt", "Por favor, leia o relatório antes da sessão.")])
def test_a_closing_request_with_por_favor_is_no_byline(language, line):
    """"Por <name>" is a byline; "Por favor, …" after the last paragraph is the article's closing request."""
    kept = kept_lines(clean(build(language, "tail", (line,)), language))
    assert line in kept


@pytest.mark.parametrize("language, line", MUST_KEEP, ids=[f"{case[0]}-{case[1][:30]}" for case in MUST_KEEP])
def test_prose_that_mentions_widgets_stays(language, line):
    kept = kept_lines(clean(build(language, "body2", (line,)), language))
    assert all(text in kept for text in [line] + PAGES[language][2])


SENTENCES_WITH_A_DATE_AND_A_TIME = [
    # (language, line): a signature's words after a determiner or a pronoun, or after too many words
    ("de", "Die Sprecherin der Stadt am 2. Mai 2024 um 16:47 Uhr sagte:"),
    ("fr", "Le porte-parole de la mairie le 2 mai 2024 à 16 h 47 a dit :"),
    ("es", "La alcaldesa el 2 de mayo de 2024 a las 16:47 dijo:"),
    ("es", "Según nos contó una vecina del barrio el 2 de mayo de 2024 a las 16:47 dijo:"),
    ("pt", "A presidente da câmara em 2 de maio de 2024 às 16:47 disse:"),
    ("it", "Il sindaco il 2 maggio 2024 alle 16:47 ha detto:"),
    ("nl", "De burgemeester op 2 mei 2024 om 16:47 zei:"),
]


@pytest.mark.parametrize("language, line", SENTENCES_WITH_A_DATE_AND_A_TIME,
                         ids=[f"{case[0]}-{case[1][:30]}" for case in SENTENCES_WITH_A_DATE_AND_A_TIME])
def test_a_sentence_with_a_date_and_a_time_is_no_signature(language, line):
    assert line_category(language, line) != "comment_form"


def line_category(language: str, line: str) -> str | None:
    """The category the step's rules give ``line`` between two of the page's paragraphs."""
    from presswash.pipeline import Context
    from presswash.steps.boilerplate import line_verdicts

    _, title, paragraphs, _ = PAGES[language]
    text = "\n\n".join([title, paragraphs[0], line, paragraphs[1]]) + "\n"
    _, infos, _, _ = line_verdicts(text, Context(original=text, language=language, options={}))
    return infos[2].category


THREAD_COMMENTS = {
    "de": ["Ich bin als Kind jeden Sommer mit dem Zug an diesem Bahnhof angekommen und freue mich sehr, dass "
           "dort wieder Leben einzieht.",
           "Drei Millionen Euro sind viel Geld, aber ein Kino hat der Stadt seit Jahren gefehlt, finde ich.",
           "Hoffentlich denkt die Verwaltung auch an Parkplätze, sonst stehen die Autos bald wieder in unserer "
           "Straße."],
    "fr": ["Je prenais le train dans cette gare chaque été quand j'étais enfant, et je suis heureuse qu'elle "
           "revive enfin.",
           "Trois millions d'euros, c'est beaucoup d'argent, mais la ville attend un cinéma depuis des années.",
           "J'espère que la mairie pensera aussi au stationnement, sinon nos rues seront encore encombrées."],
    "es": ["De niña cogía el tren en esta estación todos los veranos y me hace mucha ilusión que por fin vuelva a "
           "tener vida.",
           "Tres millones de euros es mucho dinero, pero a la ciudad le hacía falta un cine desde hace años.",
           "Ojalá el ayuntamiento piense también en el aparcamiento, o nuestras calles volverán a llenarse de "
           "coches."],
    "pt": ["Em criança apanhava o comboio nesta estação todos os verões e fico contente por ela voltar a ter vida.",
           "Três milhões de euros é muito dinheiro, mas a cidade precisava de um cinema há muitos anos.",
           "Espero que a câmara pense também no estacionamento, senão as nossas ruas vão ficar cheias de carros."],
    "it": ["Da bambina prendevo il treno in questa stazione ogni estate e sono felice che finalmente torni a vivere.",
           "Tre milioni di euro sono tanti soldi, ma alla città mancava un cinema da anni.",
           "Spero che il comune pensi anche ai parcheggi, altrimenti le nostre strade si riempiranno di nuovo di "
           "auto."],
    "nl": ["Als kind nam ik elke zomer de trein vanaf dit station en ik ben blij dat er eindelijk weer leven in komt.",
           "Drie miljoen euro is veel geld, maar een filmzaal heeft de stad al jaren nodig.",
           "Ik hoop dat de gemeente ook aan parkeerplaatsen denkt, anders staan onze straten straks weer vol "
           "auto's."],
}

REMARK_PAIRS = [
    # (language, first remark, second remark): the author's answers and the readers' formulas
    ("de", "Hallo Anna,", "Weiter so!"),
    ("de", "Freut mich, dass dir der Artikel gefallen hat! Das Kino wird im Herbst fertig.",
     "Gute Gedanken, Jonas. An die Parkplätze hatte ich nicht gedacht."),
    ("de", "Das war ein sehr ausführlicher Artikel, danke.", "Sehr hilfreiche Infos, wie immer."),
    ("fr", "Bonjour Marie,", "Continuez comme ça !"),
    ("fr", "Ravi que l'article vous ait plu ! Le cinéma ouvrira à l'automne.",
     "Très bonnes remarques, Julien. Je n'avais pas pensé au stationnement."),
    ("fr", "Un article très complet, merci.", "Infos très utiles, comme toujours."),
    ("es", "Hola Ana,", "¡Sigue así!"),
    ("es", "Me alegra que te haya gustado el artículo. El cine abrirá en otoño.",
     "Excelentes reflexiones, Javier. No había pensado en el aparcamiento."),
    ("es", "Un artículo muy completo, gracias.", "Muy buena información, como siempre."),
    ("pt", "Olá Ana,", "Continue assim!"),
    ("pt", "Que bom que gostou do artigo! O cinema abre no outono.",
     "Ótimas colocações, Rui. Não tinha pensado no estacionamento."),
    ("pt", "Um texto muito completo, obrigado.", "Informações muito úteis, como sempre."),
    ("it", "Ciao Marco,", "Continua così!"),
    ("it", "Sono contenta che l'articolo ti sia piaciuto! Il cinema aprirà in autunno.",
     "Ottimi spunti, Luca. Non avevo pensato ai parcheggi."),
    ("it", "Un articolo davvero dettagliato, grazie.", "Informazioni molto utili, come sempre."),
    ("nl", "Hoi Anna,", "Ga zo door!"),
    ("nl", "Fijn dat je het artikel leuk vond! De filmzaal gaat in het najaar open.",
     "Goede aanvulling, Daan. Aan het parkeren had ik niet gedacht."),
    ("nl", "Wat een uitgebreid artikel, bedankt.", "Heel nuttige informatie, zoals altijd."),
]


@pytest.mark.parametrize("language, first, second", REMARK_PAIRS,
                         ids=[f"{case[0]}-{case[1][:20]}" for case in REMARK_PAIRS])
def test_replies_and_formulas_open_a_thread_without_header(language, first, second):
    """A reply greeting the reader ("Hallo Anna,") and the readers' formulas ("Weiter so!") are remarks:
    two past the article's middle open a thread an extractor kept without its header."""
    comments = THREAD_COMMENTS[language]
    thread = (comments[0], first, comments[1], second, comments[2])
    menu, title, paragraphs, _ = PAGES[language]
    result = clean(build(language, "tail", thread, pages={language: (menu, title, paragraphs, [])}), language)
    for line in thread[1:]:
        assert removed_with(result, line) == "comment_thread"
    kept = kept_lines(result)
    for paragraph in paragraphs:
        assert paragraph in kept


NOT_REMARKS = [
    # (language, line): prose that starts like a remark, or a greeting that names nobody
    ("de", "Weiter so wie bisher will der Rat nicht planen, sagte die Bürgermeisterin."),
    ("de", "Gute Punkte sammelte die Mannschaft erst in der zweiten Halbzeit."),
    ("de", "Hallo zusammen,"),
    ("fr", "Continuez comme ça et vous arriverez à la gare en dix minutes, a expliqué la maire."),
    ("fr", "Un article très complet sur la gare paraîtra dans le journal municipal."),
    ("fr", "Bonjour à tous,"),
    ("es", "Siga así por la calle mayor hasta llegar a la plaza de la estación, explicó el guía."),
    ("es", "Buenos puntos consiguió el equipo en la segunda parte del torneo."),
    ("es", "Hola a todos,"),
    ("pt", "Continue assim pela avenida até chegar à praça da estação, explicou o guia."),
    ("pt", "Um texto muito completo sobre a estação vai ser publicado no jornal da câmara."),
    ("pt", "Olá a todos,"),
    ("it", "Continua così la tradizione della festa del quartiere, che si tiene ogni maggio da un secolo."),
    ("it", "Ottimi punti di partenza sono la biblioteca e il vecchio cinema."),
    ("it", "Ciao a tutti,"),
    ("nl", "Ga zo door tot de rotonde en sla daar linksaf naar het station, legde de wethouder uit."),
    ("nl", "Goede punten scoorde de ploeg pas in de tweede helft."),
    ("nl", "Hallo allemaal,"),
    # a review's list of pros is headed like a reader's praise
    ("de", "Gute Punkte:"), ("fr", "Bons points :"), ("es", "Buenos puntos:"), ("pt", "Bons pontos:"),
    ("it", "Punti di forza:"), ("nl", "Goede punten:"),
]


@pytest.mark.parametrize("language, line", NOT_REMARKS, ids=[f"{case[0]}-{case[1][:30]}" for case in NOT_REMARKS])
def test_sentences_that_start_like_a_remark_are_no_remarks(language, line):
    assert line_category(language, line) != "reader_remark"


CREDITS_IN_PARENTHESES = [
    # (language, caption ending in a credit)
    ("de", "Der alte Bahnhof im vergangenen Winter (Foto: dpa)"),
    ("de", "Der alte Bahnhof im vergangenen Winter (dpa)"),
    ("de", "Der alte Bahnhof im vergangenen Winter (Archivbild)"),
    ("es", "La vieja estación durante el invierno pasado (Foto: EFE)"),
    ("es", "La vieja estación durante el invierno pasado (EFE)"),
    ("es", "La vieja estación durante el invierno pasado (Foto de archivo)"),
    ("fr", "L'ancienne gare pendant l'hiver dernier (Photo: AFP)"),
    ("fr", "L'ancienne gare pendant l'hiver dernier (AFP)"),
    ("it", "La vecchia stazione durante lo scorso inverno (Foto ANSA)"),
    ("it", "La vecchia stazione durante lo scorso inverno (ANSA)"),
    ("nl", "Het oude station afgelopen winter (Foto ANP)"),
    ("nl", "Het oude station afgelopen winter (ANP)"),
    ("pt", "A antiga estação durante o último inverno (Foto: Divulgação)"),
    ("pt", "A antiga estação durante o último inverno (Reprodução/Instagram)"),
]


@pytest.mark.parametrize("language, caption", CREDITS_IN_PARENTHESES,
                         ids=[f"{case[0]}-{case[1][-16:]}" for case in CREDITS_IN_PARENTHESES])
def test_credit_in_parentheses_goes_alone(language, caption):
    result = clean(build(language, "body1", (caption,)), language)
    assert caption[:caption.rindex("(")].rstrip() in kept_lines(result)
    assert any(removal.category == "photo_credit" and removal.text.strip() == caption[caption.rindex("("):]
               for removal in result.removed)


PARENTHESES_THAT_ARE_CONTENT = [
    # (language, line): an abbreviation or a word that only starts like a credit ("ap", "foto", "bild")
    ("de", "Die Praxen nutzen seit Januar die elektronische Patientenakte (ePA)"),
    ("de", "Auf dem Dach des Bahnhofs entsteht eine Solaranlage (Fotovoltaik)"),
    ("de", "Die Stadt plant dort ein neues Angebot (Bildungswerkstatt)"),
    ("es", "La estación tendrá una sala para talleres (fotografía y cine)"),
    ("es", "Los vecinos podrán consultar el proyecto en línea (archivos en PDF)"),
    ("fr", "La gare accueillera aussi des logements (appartements sociaux)"),
    ("fr", "Le toit de la gare portera des panneaux (photovoltaïque)"),
    ("it", "La stazione riaprirà entro due anni (apertura prevista a maggio)"),
    ("nl", "De verbouwing begint volgend voorjaar (april of mei)"),
    ("nl", "In de filmzaal komt een groot scherm (beeldscherm van acht meter)"),
    ("pt", "A estação terá uma sala para oficinas (fotografia e cinema)"),
    ("pt", "Os moradores podem consultar o projeto online (arquivos em PDF)"),
]


@pytest.mark.parametrize("language, line", PARENTHESES_THAT_ARE_CONTENT,
                         ids=[f"{case[0]}-{case[1][-20:]}" for case in PARENTHESES_THAT_ARE_CONTENT])
def test_parentheses_that_only_start_like_a_credit_stay(language, line):
    result = clean(build(language, "body2", (line,)), language)
    assert line in kept_lines(result)


@pytest.mark.parametrize("language", sorted(PAGES))
def test_page_language_is_detected(language):
    """The pages read as their language, so the cases above test that language's rules."""
    result = clean_article(build(language), steps=["boilerplate"])
    assert result.language == language


# ------------------------------------------------------------------ what English code knows, in every language

def extracted(language: str, head: tuple[str, ...] = (), inserts: dict[int, list[str]] | None = None) -> str:
    """The language's article as an extractor hands it over: the headline, ``head``, the paragraphs
    (with ``inserts`` after paragraph N), and no menu or footer."""
    _, title, paragraphs, _ = PAGES[language]
    blocks = [title, *head]
    for index, paragraph in enumerate(paragraphs):
        blocks += [paragraph, *(inserts or {}).get(index, [])]
    return "\n\n".join(blocks) + "\n"


BYLINES = {  # an author's byline and a date, as they stand under a headline
    "es": ("Por Ana Ruiz", "15 de diciembre de 2025"), "pt": ("Por Ana Ruiz", "15 de dezembro de 2025"),
    "fr": ("Par Ana Ruiz", "15 décembre 2025"), "de": ("Von Ana Ruiz", "15. Dezember 2025"),
    "it": ("Di Ana Ruiz", "15 dicembre 2025"), "nl": ("Door Ana Ruiz", "15 december 2025"),
}


@pytest.mark.parametrize("part", [0, 1], ids=["author", "date"])
@pytest.mark.parametrize("language", sorted(BYLINES))
def test_a_byline_over_the_first_paragraph_goes(language, part):
    """An extractor's output: the headline, the author's byline or the date, the article. The byline
    goes ("Por Ana Ruiz" as "By Ana Ruiz" does); the headline and every paragraph stay."""
    _, title, paragraphs, _ = PAGES[language]
    result = clean(extracted(language, (BYLINES[language][part],)), language)
    assert kept_lines(result) == [title, *paragraphs], result.removed


HEADINGS_THAT_OPEN_LIKE_A_BYLINE = {  # "Por qué …" is "Why …", "Von der …" is "From the …"
    "es": "Por qué importa la estación", "pt": "Por que a estação importa", "fr": "Par le train jusqu'au centre",
    "de": "Von der Idee zum neuen Zentrum", "it": "Di cosa parliamo", "nl": "Door de jaren heen",
}


@pytest.mark.parametrize("language", sorted(HEADINGS_THAT_OPEN_LIKE_A_BYLINE))
def test_a_heading_that_opens_with_the_word_of_a_byline_stays(language):
    """A byline's word then a lowercase word heads a section ("Por qué importa la estación"): no name
    follows, so right under the headline, over the first paragraph, it stays."""
    _, title, paragraphs, _ = PAGES[language]
    heading = HEADINGS_THAT_OPEN_LIKE_A_BYLINE[language]
    result = clean(extracted(language, (heading,)), language)
    assert kept_lines(result) == [title, heading, *paragraphs], result.removed


SECTION_HEADINGS = {
    "es": "Qué cambia en la estación", "pt": "O que muda na estação", "fr": "Ce qui change à la gare",
    "de": "Was sich am Bahnhof ändert", "it": "Cosa cambia alla stazione", "nl": "Wat er verandert aan het station",
}
CONTENTS = {  # a table of contents' full name, its bare word, and what a box may hold under that word
    "es": ("Tabla de contenidos", "Índice", ["Un ancla de piedra", "Dos cuerdas de cáñamo"]),
    "pt": ("Índice de conteúdos", "Sumário", ["Uma âncora de pedra", "Duas cordas de cânhamo"]),
    "fr": ("Table des matières", "Sommaire", ["Une ancre de pierre", "Deux cordes de chanvre"]),
    "de": ("Inhaltsverzeichnis", "Inhalt", ["Ein schwerer Anker aus Stein", "Zwei lange Seile aus Hanf"]),
    "it": ("Indice dei contenuti", "Sommario", ["Un'ancora di pietra", "Due corde di canapa"]),
    "nl": ("Inhoudsopgave", "Inhoud", ["Een stenen anker", "Twee touwen van hennep"]),
}


@pytest.mark.parametrize("language", sorted(CONTENTS))
def test_a_contents_heading_over_the_first_sections_heading_goes(language):
    """"Inhaltsverzeichnis", "Table des matières", …: a table of contents' full name over the first
    section's heading, whose entries the extractor dropped, goes as "Table of Contents" does."""
    name, heading = CONTENTS[language][0], SECTION_HEADINGS[language]
    result = clean(extracted(language, inserts={0: [name, heading]}), language)
    assert removed_with(result, name) == "table_of_contents"
    kept = kept_lines(result)
    assert heading in kept and all(paragraph in kept for paragraph in PAGES[language][2]), result.removed


@pytest.mark.parametrize("language", sorted(CONTENTS))
def test_a_bare_contents_word_over_what_a_box_holds_stays(language):
    """"Inhalt", "Sommaire", …: a bare word may head what a kit holds, as "Contents" may."""
    _, word, items = CONTENTS[language]
    kept = kept_lines(clean(extracted(language, inserts={0: [word, *items]}), language))
    assert all(line in kept for line in [word, *items, *PAGES[language][2]])


LEARN_MORE = {"es": "Más información", "pt": "Saiba mais", "fr": "En savoir plus", "de": "Mehr erfahren",
              "it": "Scopri di più", "nl": "Meer weten"}


@pytest.mark.parametrize("language", sorted(LEARN_MORE))
def test_a_learn_more_button_takes_no_heading_below_it(language):
    """"Saiba mais", "En savoir plus", …, closing a section, head no teasers, as "Learn more" does not: the
    button goes, the next section's heading stays, on a page and on an extractor's output."""
    button, heading = LEARN_MORE[language], SECTION_HEADINGS[language]
    for text in (build(language, "body1", (button, heading)), extracted(language, inserts={1: [button, heading]})):
        result = clean(text, language)
        kept = kept_lines(result)
        assert heading in kept and all(paragraph in kept for paragraph in PAGES[language][2]), result.removed
        assert removed_with(result, button) == "read_more"


DATELINES = {  # a standfirst (no stop), the byline, a dateline (place, date and time of writing), a share button
    "es": ("La obra durará dos años y costará tres millones de euros pagados por la comunidad autónoma",
           "Por Ana Ruiz", "Madrid - 17 ABR 2024 - 08:30 CEST", "Compartir"),
    "pt": ("A obra vai durar dois anos e custar três milhões de euros pagos quase todos pelo governo regional",
           "Por Ana Ruiz", "Lisboa | 17/04/2024 às 08:30", "Partilhar"),
    "fr": ("Les travaux dureront deux ans et coûteront trois millions d'euros payés surtout par la région",
           "Par Ana Ruiz", "RENNES – 17 avril 2024 à 08h30", "Partager"),
    "de": ("Die Arbeiten dauern zwei Jahre und kosten drei Millionen Euro, die zum größten Teil das Land trägt",
           "Von Ana Ruiz", "Leipzig | 17.04.2024 um 08:30 Uhr", "Teilen"),
    "it": ("I lavori dureranno due anni e costeranno tre milioni di euro pagati quasi tutti dalla regione",
           "Di Ana Ruiz", "MONTEBRUSCO – 14 gennaio 2024", "Condividi"),
    "nl": ("De werken duren twee jaar en kosten drie miljoen euro, grotendeels betaald door de provincie",
           "Door Ana Ruiz", "Utrecht - 17 april 2024 - 08:30", "Delen"),
}
QUOTE_HEADLINES = {  # a headline made of a quote, which reads as a sentence of prose
    "es": "La alcaldesa, sobre la estación: «Este lugar es la memoria de toda la comarca y de sus vecinos»",
    "pt": "A presidente da câmara sobre a estação: «Este lugar é a memória de toda a região e dos moradores»",
    "fr": "La maire sur la gare : « Ce lieu est la mémoire de toute la région et de tous ses habitants »",
    "de": "Die Bürgermeisterin über den Bahnhof: „Dieser Ort ist die Erinnerung der ganzen Region und ihrer Menschen“",
    "it": "La sindaca sulla stazione: «Questo luogo è la memoria di tutta la valle e di chi ci vive»",
    "nl": "De burgemeester over het station: 'Deze plek is het geheugen van de hele streek en van de mensen'",
}


@pytest.mark.parametrize("quote", [False, True], ids=["headline", "quote-headline"])
@pytest.mark.parametrize("language", sorted(DATELINES))
def test_the_headline_and_standfirst_over_a_byline_and_a_dateline_stay(language, quote):
    """News sites print a dateline ("Madrid - 17 ABR 2024 - 08:30 CEST") between the byline and the first
    paragraph. It is no headline: the headline and the standfirst above the byline stay, also when the
    headline is a quote that reads as a sentence ("La alcaldesa: «…»")."""
    menu, title, paragraphs, footer = PAGES[language]
    if quote:
        title = QUOTE_HEADLINES[language]
    pages = {language: (menu, title, paragraphs, footer)}
    standfirst = DATELINES[language][0]
    result = clean(build(language, "head", DATELINES[language], pages=pages), language)
    kept = kept_lines(result)
    assert kept[:2] == [title, standfirst] and all(paragraph in kept for paragraph in paragraphs), kept[:3]


STANDFIRST_SENTENCES = {  # a standfirst of a sentence or two, longer than a headline
    "es": "La estación, cerrada desde hace diez años, será un centro cultural. La alcaldesa explica por qué el "
          "pueblo no quiso venderla a un promotor que ofrecía mucho dinero por el edificio y por el solar.",
    "pt": "A estação, fechada há dez anos, vai ser um centro cultural. A presidente da câmara explica porque é "
          "que a vila não a quis vender a um promotor que oferecia muito dinheiro pelo edifício e pelo terreno.",
    "fr": "La gare, fermée depuis dix ans, deviendra un centre culturel. La maire explique pourquoi la commune "
          "n'a pas voulu la vendre à un promoteur qui offrait beaucoup d'argent pour le bâtiment et le terrain.",
    "de": "Der Bahnhof, seit zehn Jahren geschlossen, wird ein Kulturzentrum. Die Bürgermeisterin erklärt, "
          "warum die Gemeinde ihn nicht an einen Investor verkaufen wollte, der viel Geld für das Gebäude und das "
          "Grundstück bot.",
    "it": "La stazione, chiusa da dieci anni, diventerà un centro culturale. La sindaca spiega perché il comune "
          "non ha voluto venderla a un costruttore che offriva molti soldi per l'edificio e per il terreno.",
    "nl": "Het station, al tien jaar dicht, wordt een cultureel centrum. De burgemeester legt uit waarom de "
          "gemeente het niet aan een projectontwikkelaar wilde verkopen, die veel geld bood voor het gebouw en de "
          "grond.",
}


@pytest.mark.parametrize("with_byline", [True, False], ids=["byline", "share-bar-only"])
@pytest.mark.parametrize("language", sorted(QUOTE_HEADLINES))
def test_a_quote_headline_keeps_the_standfirst_under_it(language, with_byline):
    """A headline made of a quote reads as a sentence, and so does the standfirst under it: the headline
    is still the line over the standfirst, and both stay, past the byline and the share bar."""
    menu, _, paragraphs, footer = PAGES[language]
    title = QUOTE_HEADLINES[language]
    standfirst = STANDFIRST_SENTENCES[language]
    byline = (BYLINES[language][0],) if with_byline else ()
    head = (standfirst, *byline, SHARE[language], "Facebook", "WhatsApp")
    result = clean(build(language, "head", head, pages={language: (menu, title, paragraphs, footer)}), language)
    kept = kept_lines(result)
    assert kept[:2] == [title, standfirst] and all(paragraph in kept for paragraph in paragraphs), kept[:3]


ENGLISH_PARAGRAPHS = [
    "The city has promised to clear its backlog of registration appointments by the summer, after months in "
    "which newcomers waited up to twelve weeks for a slot at one of the citizens' offices.",
    "New online slots will be released every morning at seven, and two pop-up offices will open in the "
    "libraries of the outer districts from the first of March, the city's interior department said.",
    "Without the registration, newcomers cannot open a bank account, sign a phone contract or receive "
    "their tax number, which employers need before they can pay a first salary.",
]
CHROME = {  # a local site's menu and footer words, around its English edition
    "de": (["Startseite", "Nachrichten", "Suche"], ["Impressum", "Datenschutz", "Barrierefreiheit"]),
    "fr": (["Accueil", "Actualités", "Rechercher"], ["Mentions légales", "Plan du site", "Nous contacter"]),
    "es": (["Inicio", "Noticias", "Buscar"], ["Aviso legal", "Política de privacidad", "Contacto"]),
    "nl": (["Voorpagina", "Nieuws", "Zoeken"], ["Colofon", "Privacyverklaring", "Adverteren"]),
}


@pytest.mark.parametrize("language", sorted(CHROME))
def test_an_english_article_in_a_local_sites_chrome_loses_the_chrome(language):
    """An English edition of a local site: the page reads as English, and the local menu and footer words
    ("Impressum", "Accueil") go as a menu's, though the page's language is not theirs."""
    menu, footer = CHROME[language]
    text = "\n".join([*menu, "Berlin clears its backlog of registration appointments", *ENGLISH_PARAGRAPHS,
                      *footer]) + "\n"
    result = clean_article(text, steps=["boilerplate"])
    kept = kept_lines(result)
    assert result.language == "en"
    assert not any(line in kept for line in menu + footer), kept
    assert all(paragraph in kept for paragraph in ENGLISH_PARAGRAPHS)


@pytest.mark.parametrize("heading", ["6.849 Lecture 7", "Site", "Web3?"])
def test_another_languages_menu_word_that_english_has_too_stays_on_an_english_page(heading):
    """The other languages' menu words apply to an English page only where English lacks them: a lecture's
    heading is no French "Lecture" (reading) button."""
    text = "\n".join([heading, *ENGLISH_PARAGRAPHS]) + "\n"
    assert heading in kept_lines(clean_article(text, steps=["boilerplate"]))


CLOSINGS = {"es": "Atentamente", "pt": "Atenciosamente", "fr": "Bien cordialement", "de": "Mit freundlichen Grüßen",
            "it": "Cordiali saluti", "nl": "Met vriendelijke groet"}


@pytest.mark.parametrize("language", sorted(CLOSINGS))
def test_a_letters_signature_under_a_closing_without_a_comma_stays(language):
    """An open letter printed in full ends in its closing and the signer's name: the name stays under the
    closing, which has no comma to mark it ("Mit freundlichen Grüßen")."""
    signature = (CLOSINGS[language], "Miriam Osterloh")
    kept = kept_lines(clean(build(language, "tail", signature), language))
    assert all(line in kept for line in signature + tuple(PAGES[language][2])), kept[-4:]


@pytest.mark.parametrize("where", ["body2", "tail"])
def test_a_box_about_the_interviewee_stays(where):
    """"Zur Person" heads a box about the person interviewed or portrayed, not about the author: between
    the paragraphs or at the article's end, the box is the article's."""
    box = ("Zur Person", "Anna Schmidt, 52, leitet das Stadtarchiv seit 2009 und hat drei Bücher über den "
                         "Bahnhof geschrieben.")
    kept = kept_lines(clean(build("de", where, box), "de"))
    assert all(line in kept for line in box + tuple(PAGES["de"][2]))


SHARE = {"es": "Compartir", "pt": "Partilhar", "fr": "Partager", "de": "Teilen", "it": "Condividi", "nl": "Delen"}
SUMMARY_HEADINGS = {"es": "En resumen", "pt": "Em resumo", "fr": "En bref", "de": "Auf einen Blick",
                    "it": "In sintesi", "nl": "In het kort"}


@pytest.mark.parametrize("language, heading", [*sorted(SUMMARY_HEADINGS.items()), ("fr", "L'essentiel")])
def test_a_summary_heading_over_the_first_paragraph_stays(language, heading):
    """A summary box's heading ("Auf einen Blick") right above the article's first paragraph stays with it.
    ("L'essentiel" was a French related-links heading in the phrase data too: a summary's heading it is.)"""
    menu, title, paragraphs, footer = PAGES[language]
    byline, _ = BYLINES[language]
    kept = kept_lines(clean(build(language, "head", (byline, SHARE[language], heading)), language))
    assert kept[:3] == [title, heading, paragraphs[0]], kept[:3]


def test_a_date_line_of_figures_under_the_byline_is_no_headline():
    """"17/04/2024 08h30 Atualizado há 2 horas" has six words, but only three of them words: a date line,
    not the headline; the headline and standfirst above the byline stay."""
    menu, title, paragraphs, footer = PAGES["pt"]
    standfirst = "A obra vai durar dois anos e custar três milhões de euros, pagos quase todos pelo governo"
    caption = "Moradores observam as obras na antiga estação de comboios da cidade, na segunda-feira (15)."
    head = (standfirst, "Por Ana Ruiz", "17/04/2024 08h30 Atualizado há 2 horas", caption, "Foto: Ana Ruiz/Agência")
    kept = kept_lines(clean(build("pt", "head", head), "pt"))
    assert kept[:2] == [title, standfirst], kept[:3]


def test_the_headline_over_a_stack_of_byline_dateline_and_caption_stays():
    """An agency story's page stacks the agency's name, the place, the date, the lead picture's caption and
    its credit between the standfirst and the first paragraph: none of them counts towards the lines where
    the headline may sit, and the headline and standfirst stay, with the caption."""
    menu, title, paragraphs, footer = PAGES["it"]
    standfirst = "I lavori dureranno due anni e costeranno tre milioni di euro pagati quasi tutti dalla regione"
    caption = "I binari della vecchia stazione, chiusa da dieci anni, in una foto di marzo."
    head = (standfirst, "Redazione ANSA", "MONTEBRUSCO", "18 aprile 2024 - 17:12", caption, "(ANSA)",
            "Dimensione testo")
    kept = kept_lines(clean(build("it", "head", head), "it"))
    assert kept[:4] == [title, standfirst, caption, paragraphs[0]], kept[:4]


def test_paragraphs_that_open_with_a_name_go_on_under_a_related_box():
    """Spanish (like French, Italian, Portuguese, Dutch and German) writes its headlines in sentence case,
    so "La Unión de Agricultores …" opening a paragraph is a name, not a headline with its blurb glued on:
    two such paragraphs under a related box are the article going on, and the correction under them too."""
    menu, title, paragraphs, footer = PAGES["es"]
    after_box = [
        "La Unión de Agricultores de Tierra Llana calcula que el agua ha afectado a unas 300 hectáreas de cultivo, "
        "sobre todo de hortalizas de invierno, y pide ayudas a la Junta.",
        "La Agencia Estatal de Meteorología mantiene el aviso amarillo por lluvias hasta la medianoche y no "
        "descarta nuevas tormentas durante el fin de semana en toda la comarca.",
        "Corrección: en una versión anterior de esta noticia se indicaba que los vecinos rescatados eran tres.",
    ]
    box = ["Te puede interesar", "Las obras del puente, paralizadas por falta de presupuesto",
           "El campo de la comarca pide ayudas por la sequía de este verano"]
    pages = {"es": (menu, title, paragraphs + after_box, ["Compartir en Facebook", "Compartir en X"] + footer)}
    result = clean(build("es", f"body{len(paragraphs) - 1}", tuple(box), pages), "es")
    kept = kept_lines(result)
    assert all(line in kept for line in paragraphs + after_box), result.removed
    assert not any(line in kept for line in box)


def test_a_subheading_right_under_a_related_box_stays():
    """A box of teasers inside the article runs on into the next section's subheading ("Keine Bewerbungen"):
    that short line right above the paragraph is no teaser like the long headlines above it."""
    menu, title, paragraphs, footer = PAGES["de"]
    box = ("Mehr zum Thema", "Handwerk in der Region: Jeder dritte Betrieb sucht einen Nachfolger",
           "Metzgerei Kaltofen in Kirchberg gibt auf", "Keine Bewerbungen")
    result = clean(build("de", "body1", box), "de")
    kept = kept_lines(result)
    assert "Keine Bewerbungen" in kept and all(paragraph in kept for paragraph in paragraphs), result.removed
    assert not any(line in kept for line in box[:3])


def test_dates_in_a_schedules_table_stay():
    """A notice's schedule, one cell per line: a street, its day and its hours. The day is a date, which
    inside the body stays only between two lines of content; in a table's row it is a cell."""
    table = ("Calle", "Día", "Horario", "Avenida de la Constitución", "Martes 11 de junio", "8:00 a 14:00",
             "Calle Mayor", "Miércoles 12 de junio", "8:00 a 13:00", "Calle del Horno", "Jueves 13 de junio",
             "8:00 a 14:00")
    result = clean(build("es", "body1", table), "es")
    kept = kept_lines(result)
    assert all(line in kept for line in table + tuple(PAGES["es"][2])), result.removed


def test_a_date_under_a_heading_stays():
    """"Nächstes Spiel" over "Sonntag, 5. Mai, 15:00 Uhr" over the match: a date under a heading that stays
    is the section's, not a byline's."""
    section = ("Nächstes Spiel", "Sonntag, 5. Mai, 15:00 Uhr", "TSV Grünbach gegen FC Hattenhofen", "Kommt zahlreich!")
    result = clean(build("de", "body3", section), "de")
    kept = kept_lines(result)
    assert all(line in kept for line in section + tuple(PAGES["de"][2])), result.removed


FACT_CHECK_LABELS = {"es": "Afirmación", "pt": "Alegação", "fr": "Affirmation", "de": "Behauptung",
                     "it": "Affermazione", "nl": "Bewering"}


@pytest.mark.parametrize("language", sorted(FACT_CHECK_LABELS))
def test_a_fact_checks_label_over_the_first_paragraph_stays(language):
    """A fact-check heads the claim it checks with a label ("Behauptung") between the byline and the first
    paragraph: the label is the article's, as a summary box's heading is."""
    menu, title, paragraphs, footer = PAGES[language]
    byline, _ = BYLINES[language]
    label = FACT_CHECK_LABELS[language]
    kept = kept_lines(clean(build(language, "head", (byline, label)), language))
    assert kept[:3] == [title, label, paragraphs[0]], kept[:3]


def test_a_reviews_fact_box_over_the_first_paragraph_stays():
    """A film review's box of credits, one "Label: value" row each, between the byline and the first paragraph:
    the rows without a figure ("Direção: Lívia Scherer") read as a menu's and went, and the rating with them."""
    box = ("Nota: 4,5/5", "Direção: Lívia Scherer", "Roteiro: Lívia Scherer e Tadeu Fontoura",
           "Elenco: Nelson Dahmer, Juçara Lemos, Pietro Vaz", "Duração: 1h52", "Classificação: 12 anos")
    byline, _ = BYLINES["pt"]
    result = clean(build("pt", "head", (byline,) + box), "pt")
    kept = kept_lines(result)
    assert all(line in kept for line in box + tuple(PAGES["pt"][2])), result.removed


def test_an_obituarys_fact_box_with_a_long_row_stays():
    """An obituary's facts under the byline and share buttons: a row may run to a dozen words and more
    ("Bekend van: de column … en het Woordenboek van de Zeeuwse Eilanden"), and the box stays whole."""
    box = ("Geboren: 9 februari 1938, Zierikzee", "Overleden: 19 april 2026, Middelburg",
           "Beroep: onderwijzeres, columnist, taalkundige",
           "Bekend van: de wekelijkse column in de krant en het Woordenboek van de Zeeuwse Eilanden")
    byline, date = BYLINES["nl"]
    result = clean(build("nl", "head", (byline, date, SHARE["nl"]) + box), "nl")
    kept = kept_lines(result)
    assert all(line in kept for line in box + tuple(PAGES["nl"][2])), result.removed

def test_the_name_over_an_obituarys_fact_box_stays():
    """The name that heads an obituary's facts, under a dateline and the share buttons: the box stays as the
    article's first lines, and so does its heading."""
    box = ("Tomás Lacasta Puyuelo", "Nacido: Boltaña (Huesca), 3 de mayo de 1934",
           "Fallecido: Aínsa (Huesca), 19 de abril de 2026", "Profesión: maestro de escuela")
    result = clean(build("es", "head", ("Huesca | 20 de abril de 2026, 10:12", "Guardar", "Compartir") + box), "es")
    kept = kept_lines(result)
    assert all(line in kept for line in box + tuple(PAGES["es"][2])), result.removed

def test_a_box_of_social_handles_is_no_fact_box():
    """"Facebook: Jornal do Porto", "Instagram: Jornal do Porto": one value on every row is a box of links."""
    handles = ("Facebook: Jornal do Porto", "Instagram: Jornal do Porto", "YouTube: Jornal do Porto")
    byline, _ = BYLINES["pt"]
    kept = kept_lines(clean(build("pt", "head", (byline,) + handles), "pt"))
    assert not any(line in kept for line in handles) and all(line in kept for line in PAGES["pt"][2])


def test_a_tests_box_between_the_headline_and_the_byline_stays():
    """A product test opens with its box: the verdict and facts ("Preis: 3.299 Euro"), then pros and cons
    under "Pro" and "Contra", above the byline and the first paragraph. The box's lines read as content
    (list items, "Label: value" rows), so they stay, with the headline over them, out of its usual reach."""
    box = ("Testurteil: gut (2,2)", "Preis: 3.299 Euro", "Motor: Heckmotor, 60 Nm", "Akku: 630 Wh",
           "Gewicht: 27,8 kg", "Pro", "leiser Antrieb", "sehr gute Reichweite", "integrierte Beleuchtung",
           "Contra", "hohes Gewicht", "träge am Berg", "Display schlecht ablesbar bei Sonne")
    byline = ("Von Jörg Wellmann", "Veröffentlicht am 11.04.2025")
    menu, title, paragraphs, footer = PAGES["de"]
    result = clean(build("de", "head", box + byline), "de")
    kept = kept_lines(result)
    assert all(line in kept for line in (title,) + box[:5] + box[6:9] + box[10:] + tuple(paragraphs)), \
        result.removed


def test_a_programme_after_the_last_paragraph_stays():
    """A festival's programme under the article: each day ("Venerdì 27 giugno", a date a phrase names as a
    byline's hint) over its events with their times. The day no longer ends the article there."""
    programme = ("Venerdì 27 giugno", "Ore 18.30, Cortile Antonelli: Quartetto Dora Baltea",
                 "Ore 21.00, Piazza Martiri: Orchestra Bailam", "Sabato 28 giugno",
                 "Ore 18.30, Cortile Antonelli: Coro Alpino Valchiusella",
                 "Ore 21.30, Piazza Martiri: I Ragazzi del Po")
    result = clean(build("it", "tail", programme), "it")
    kept = kept_lines(result)
    assert all(line in kept for line in programme + tuple(PAGES["it"][2])), result.removed


def test_a_teams_name_with_a_colon_introduces_its_line_up():
    """"VIGOR ARCEVIA:" over the players' names, under the match report's last paragraph: a line of two words
    ending in a colon introduces a list as a longer one does ("Le formazioni delle due squadre:")."""
    line_up = ("VIGOR ARCEVIA:", "Marcucci", "Fiorani", "Brunori", "Pettinari", "Gentili")
    result = clean(build("it", "tail", line_up), "it")
    kept = kept_lines(result)
    assert all(line in kept for line in line_up + tuple(PAGES["it"][2])), result.removed


def test_a_caption_that_loses_its_credit_reads_the_same_on_a_second_cleaning():
    """The first cleaning reads "Cena de … (Divulgação/Pampa Filmes)" as a credited caption, no headline;
    the second reads it without the credit the first one cut, and took it for the headline over the
    review's fact box, so the headline above went then. The first cleaning decides again as the second
    will read the page, so cleaning the cleaned text changes nothing."""
    page = "\n".join(REVIEW_PAGE_HEAD) + "\n"
    once = clean_article(page).text
    assert clean_article(once).text == once


REVIEW_PAGE_HEAD = [
    'Pular para o conteúdo',
    'Tela Quente Cine',
    'Notícias',
    'Críticas',
    'Streaming',
    'Festivais',
    'Listas',
    'Podcast',
    'Entrar',
    'Críticas',
    'Cinema nacional',
    'Crítica | "A Última Balsa do Rio Jacuí" transforma um fim de linha em poesia',
    'Drama gaúcho de Lívia Scherer aposta no silêncio e acerta em cheio',
    'Por Caio Brandão',
    'Publicado em 08/05/2024, às 10h12',
    'Atualizado há 2 dias',
    'Cena de "A Última Balsa do Rio Jacuí" (Divulgação/Pampa Filmes)',
    'Nossa avaliação',
    'Nota: 4,5/5',
    'Direção: Lívia Scherer',
    'Roteiro: Lívia Scherer e Tadeu Fontoura',
    'Elenco: Nelson Dahmer, Juçara Lemos, Pietro Vaz',
    'Duração: 1h52',
    'Classificação: 12 anos',
    'Onde assistir: nos cinemas a partir de 9 de maio',
    ('Há filmes que chegam sem fazer barulho e saem deixando um eco comprido. "A Última Balsa do Rio '
     'Jacuí", segundo longa da porto-alegrense Lívia Scherer, é um deles.'),
    'A premissa é simples.',
    ('Seu Orlando (Nelson Dahmer, em atuação monumental) conduz há quarenta anos a balsa que liga duas '
     'cidadezinhas do interior gaúcho. Uma ponte nova vai ser inaugurada em trinta dias, e com ela acaba o'
     ' emprego, a rotina e, de certo modo, o sentido da vida do balseiro.'),
    'O que funciona',
    ('Scherer filma a travessia como quem filma uma oração. Os planos longos, quase sem cortes, obrigam o '
     'espectador a atravessar o rio junto com os personagens, e é nesse tempo esticado que o filme '
     'encontra sua força.'),
    'A fotografia de Renan Tuchtenhagen, toda em tons de barro e neblina, é de uma beleza que dispensa comentários.',
    'Continua após a publicidade',
]


def test_a_recipes_box_under_a_short_headline_stays():
    """A recipe opens with its facts and ingredients, under a headline of two words ("Erbazzone reggiano")
    and over the byline: no line of four words stands between the box and the menu to be its headline,
    but a box that long, read as content nearly whole, stays with the short lines in it."""
    menu = ["Dolci", "Ricette regionali", "Chi sono", "Cerca", "Home"]
    box = ["Erbazzone reggiano", "Difficoltà: media", "Preparazione: 40 minuti", "Cottura: 45 minuti",
           "Dosi per: 6 persone", "Ingredienti per la pasta", "farina 00 300 g", "strutto 40 g", "acqua 150 ml",
           "Ingredienti per il ripieno", "bietole 1 kg", "spinaci 300 g", "pancetta 60 g", "uova 2"]
    paragraphs = PAGES["it"][2]
    text = "\n".join(menu + box + ["di Iole Ferrari"] + list(paragraphs) + list(PAGES["it"][3])) + "\n"
    result = clean(text, "it")
    kept = kept_lines(result)
    assert all(line in kept for line in box + list(paragraphs)), result.removed
    assert not any(line in kept for line in ("Cerca", "Home"))
