build-nodebug/image.o: build-nodebug/image.S
