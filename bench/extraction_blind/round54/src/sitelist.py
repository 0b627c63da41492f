"""The site modules of round 54, in order."""
import s01_wrenshall
import s02_bovey
import s03_comfrey
import s04_fertile
import s05_waubun
import s06_ashby
import s07_chokio
import s08_grygla
import s09_balaton
import s10_heron_lake
import s11_okabena
import s12_bricelyn

MODULES = [s01_wrenshall, s02_bovey, s03_comfrey, s04_fertile, s05_waubun, s06_ashby,
           s07_chokio, s08_grygla, s09_balaton, s10_heron_lake, s11_okabena, s12_bricelyn]
